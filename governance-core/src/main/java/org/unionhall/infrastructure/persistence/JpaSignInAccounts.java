package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.unionhall.domain.account.SignInAccount;
import org.unionhall.domain.account.SignInAccounts;
import org.unionhall.domain.membership.MemberId;

/** Sign-in accounts in the {@code sign_in_account} table. */
@ApplicationScoped
public class JpaSignInAccounts extends JpaRepository implements SignInAccounts {

    /** For CDI. */
    protected JpaSignInAccounts() {
    }

    /** For Java SE use. */
    public JpaSignInAccounts(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<SignInAccount> find(MemberId member) {
        return Optional.ofNullable(em.find(SignInAccount.class, member.toString()));
    }

    @Override
    public void add(SignInAccount account) {
        persistNow(account);
    }
}
