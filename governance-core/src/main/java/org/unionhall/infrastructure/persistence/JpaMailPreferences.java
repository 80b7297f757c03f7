package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.notification.MailPreference;
import org.unionhall.domain.notification.MailPreferences;

/** Mail preferences in the {@code mail_preference} table. */
@ApplicationScoped
public class JpaMailPreferences extends JpaRepository implements MailPreferences {

    /** For CDI. */
    protected JpaMailPreferences() {
    }

    /** For Java SE use. */
    public JpaMailPreferences(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<MailPreference> find(MemberId member) {
        return Optional.ofNullable(em.find(MailPreference.class, member.toString()));
    }

    @Override
    public void add(MailPreference preference) {
        persistNow(preference);
    }
}
