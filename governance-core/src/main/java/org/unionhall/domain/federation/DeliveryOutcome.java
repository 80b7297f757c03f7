package org.unionhall.domain.federation;

import java.time.Instant;
import java.util.Objects;

/** What follows from one attempt to deliver: done, tried again at a time, or given up. */
public sealed interface DeliveryOutcome {

    /** The recipient's server took it (2xx). */
    record Delivered(Instant at) implements DeliveryOutcome {
        public Delivered {
            Objects.requireNonNull(at);
        }
    }

    /** Not taken this time; tried again at {@code next}. */
    record RetryAt(Instant next, String reason) implements DeliveryOutcome {
        public RetryAt {
            Objects.requireNonNull(next);
            Objects.requireNonNull(reason);
        }
    }

    /** Not taken, and never tried again. */
    record GivenUp(Instant at, String reason) implements DeliveryOutcome {
        public GivenUp {
            Objects.requireNonNull(at);
            Objects.requireNonNull(reason);
        }
    }
}
