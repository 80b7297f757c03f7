package org.unionhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.unionhall.domain.privacy.PersonalData;
import org.unionhall.domain.privacy.Retention;

/** The retention periods of {@link Retention}, enforced. */
@ApplicationScoped
@Transactional
public class DefaultRetentionService implements RetentionService {
    private PersonalData personalData;
    private TimeSource time;

    /** For CDI's proxy. */
    protected DefaultRetentionService() {
    }

    /**
     * @param personalData deletes by age
     * @param time the clock
     */
    @Inject
    public DefaultRetentionService(PersonalData personalData, TimeSource time) {
        this.personalData = personalData;
        this.time = time;
    }

    @Override
    public Map<Retention, Integer> forgetExpired() {
        Instant now = time.now();
        Map<Retention, Integer> forgotten = new EnumMap<>(Retention.class);
        for (Retention kind : Retention.values()) {
            forgotten.put(kind, personalData.forget(kind, kind.cutOff(now)));
        }
        return forgotten;
    }
}
