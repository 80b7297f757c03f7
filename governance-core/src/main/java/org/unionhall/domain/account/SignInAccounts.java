package org.unionhall.domain.account;

import java.util.Optional;
import org.unionhall.domain.membership.MemberId;

/** Where sign-in accounts are kept. */
public interface SignInAccounts {

    /** The account of this member. */
    Optional<SignInAccount> find(MemberId member);

    /** Stores a new account. */
    void add(SignInAccount account);
}
