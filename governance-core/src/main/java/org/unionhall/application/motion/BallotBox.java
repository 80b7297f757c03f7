package org.unionhall.application.motion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.application.election.ElectionService;

/**
 * Where the motion workflow finds the secret member ballot service. It is looked up lazily so
 * the motion workflow deploys (and decides by congress) even on a build without it; a motion
 * sent to a secret ballot is then refused with a clear message at scheduling.
 */
@ApplicationScoped
public class BallotBox {
    private Instance<ElectionService> elections;
    private Optional<ElectionService> given = Optional.empty();

    /** For CDI's proxy. */
    protected BallotBox() {
    }

    /** In the container: whatever {@link ElectionService} is deployed. */
    @Inject
    public BallotBox(Instance<ElectionService> elections) {
        this.elections = elections;
    }

    /** Outside the container (tests, tools): the given service, or none. */
    public BallotBox(Optional<ElectionService> service) {
        this.given = Objects.requireNonNull(service);
    }

    /** The election service, when one is deployed. */
    public Optional<ElectionService> service() {
        if (given.isPresent() || elections == null) {
            return given;
        }
        return elections.isResolvable() ? Optional.of(elections.get()) : Optional.empty();
    }
}
