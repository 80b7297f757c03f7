package org.unionhall.application;

import java.util.Map;
import org.unionhall.domain.privacy.Retention;

/** Deletes what has outlived its retention period (docs/privacy.md, "How long"); run by a timer. */
public interface RetentionService {

    /** Deletes every kind's expired rows, in one transaction; how many of each were deleted. */
    Map<Retention, Integer> forgetExpired();
}
