package org.unionhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import org.unionhall.domain.account.PasswordHasher;
import org.unionhall.domain.account.PasswordPolicy;
import org.unionhall.domain.account.SignInAccount;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.shared.RuleViolation;

/**
 * Opening a person's account: the one place where a member and their sign-in account are made
 * for someone who arrives by a link (a confirmed sign-up, an accepted invitation). The password
 * passes the {@link PasswordPolicy} and is hashed as every password is; an address holds at most
 * one account, also when two links of one address are opened at the same moment (the unique
 * address of {@code union_member} decides, and the loser gets the caller's refusal). It runs in
 * the caller's transaction and writes no audit entry of its own: the caller says why the account
 * was made.
 */
@ApplicationScoped
public class AccountOpening {
    private Stores stores;
    private PasswordHasher hasher;

    /** For CDI's proxy. */
    protected AccountOpening() {
    }

    /**
     * @param stores the members and accounts
     * @param hasher hashes the chosen password
     */
    @Inject
    public AccountOpening(Stores stores, PasswordHasher hasher) {
        this.stores = stores;
        this.hasher = hasher;
    }

    /**
     * The hash of a password a person chose, once it passed the policy; the characters are wiped
     * whatever the outcome.
     *
     * @throws org.unionhall.domain.shared.InvalidInput when the password breaks the policy
     */
    public String passwordHash(char[] password) {
        try {
            PasswordPolicy.check(password);
            return hasher.hash(password);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** Whether an account uses this address already (compared lower-case). */
    public boolean hasAccount(String email) {
        return stores.members().findByEmail(email).isPresent();
    }

    /**
     * Makes the member and their sign-in account.
     *
     * @param passwordHash {@link #passwordHash(char[])} of the password they chose
     * @param taken the refusal when the address has an account already
     * @throws RuleViolation with {@code taken} when it has, nothing being written
     * @throws org.unionhall.domain.shared.InvalidInput when the name or the address is not valid
     */
    public Member open(String displayName, String email, String passwordHash, Instant now, String taken) {
        if (hasAccount(email)) {
            throw new RuleViolation(taken);
        }
        Member member = new Member(displayName, email, "en", now);
        UniqueRule.store(() -> stores.members().add(member), taken);
        stores.accounts().add(new SignInAccount(member.id(), passwordHash, now));
        return member;
    }
}
