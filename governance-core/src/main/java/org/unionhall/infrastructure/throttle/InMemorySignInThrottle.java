package org.unionhall.infrastructure.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.unionhall.domain.account.SignInThrottle;

/**
 * Failed sign-ins counted in this node's memory. Right for one node; several nodes behind a load
 * balancer need an implementation on the cluster's shared cache (the interface takes only string
 * keys and instants, so it maps onto a distributed map as is). A key's failures are forgotten
 * once it has been quiet for {@link #FORGET_AFTER}, and the map never holds more than
 * {@link #MAX_KEYS} keys, so a flood of made-up addresses cannot exhaust memory.
 */
@ApplicationScoped
public class InMemorySignInThrottle implements SignInThrottle {
    /** Quiet time after which a key's failures are forgotten. */
    public static final Duration FORGET_AFTER = Duration.ofMinutes(30);
    /** Most keys kept at once. */
    public static final int MAX_KEYS = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

    @Override
    public Optional<Duration> waitFor(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null) {
            return Optional.empty();
        }
        if (Duration.between(f.last(), now).compareTo(FORGET_AFTER) > 0) {
            failures.remove(key, f);
            return Optional.empty();
        }
        Duration left = SignInThrottle.backOff(f.count()).minus(Duration.between(f.last(), now));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    @Override
    public void failed(String key, Instant now) {
        if (failures.size() >= MAX_KEYS) {
            failures.values().removeIf(f -> Duration.between(f.last(), now).compareTo(FORGET_AFTER) > 0);
        }
        failures.merge(key, new Failures(1, now), (old, one) ->
                Duration.between(old.last(), now).compareTo(FORGET_AFTER) > 0
                        ? one : new Failures(old.count() + 1, now));
    }

    @Override
    public void succeeded(String key) {
        failures.remove(key);
    }
}
