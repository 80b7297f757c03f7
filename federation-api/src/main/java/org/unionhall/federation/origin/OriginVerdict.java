package org.unionhall.federation.origin;

import java.util.Objects;

import org.unionhall.federation.activity.Activity;

/** What {@link OriginRules#judge} decided about one activity. */
public sealed interface OriginVerdict {

    /** Whether the activity may be acted on. */
    boolean accepted();

    /** Why, in a sentence fit for a log or a reply to the sender. */
    String reason();

    /**
     * The activity may be acted on; {@code authenticatedBy} says whether by its HTTP signature or
     * its own proof, {@code objectTrust} how far its embedded object may be believed.
     */
    record Accepted(Activity activity, Authentication authenticatedBy, ObjectTrust objectTrust, String reason)
            implements OriginVerdict {

        public Accepted {
            Objects.requireNonNull(activity);
            Objects.requireNonNull(authenticatedBy);
            Objects.requireNonNull(objectTrust);
            Objects.requireNonNull(reason);
        }

        @Override
        public boolean accepted() {
            return true;
        }
    }

    /** The activity must be dropped (and not stored) for {@code reason}. */
    record Refused(String reason) implements OriginVerdict {

        public Refused {
            Objects.requireNonNull(reason);
        }

        @Override
        public boolean accepted() {
            return false;
        }
    }

    /** How the activity itself was authenticated. */
    enum Authentication {
        /** The request's HTTP signature, by a key of the activity's actor. */
        HTTP_SIGNATURE,
        /** An integrity proof by the activity's actor, whoever delivered it. */
        INTEGRITY_PROOF
    }
}
