package org.unionhall.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.ModifiedExpiryPolicy;
import org.unionhall.domain.account.SignInThrottle;

/**
 * Failed sign-ins counted in a JCache cache on Payara's Hazelcast data grid, so every node of a
 * cluster sees the same counts (with one node, the grid is that node's memory). A guesser gains
 * nothing by having the proxy spread the attempts over the nodes, and the counts outlive the
 * loss of a node, since the grid keeps a backup of every entry on another member.
 *
 * <p>A count is stored as {@code "failures:lastMillis"}, a plain string, so no class of the
 * application has to be loaded by the grid; it changes only by compare-and-set, so two nodes
 * counting one key at once both count. A key's entry expires once it has been quiet for
 * {@link #FORGET_AFTER}, and Hazelcast bounds a cache by entry count, so a flood of made-up
 * addresses cannot exhaust memory.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class GridSignInThrottle implements SignInThrottle {
    /** The cache's name in the data grid. */
    static final String CACHE = "unionhall-sign-in-failures";
    /** Quiet time after which a key's failures are forgotten. */
    static final Duration FORGET_AFTER = Duration.ofMinutes(30);

    @Inject
    CacheManager caches;

    private Cache<String, String> failures;

    @PostConstruct
    void open() {
        Cache<String, String> existing = caches.getCache(CACHE, String.class, String.class);
        if (existing != null) {
            failures = existing;
            return;
        }
        MutableConfiguration<String, String> config = new MutableConfiguration<String, String>()
                .setTypes(String.class, String.class)
                .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(
                        new javax.cache.expiry.Duration(TimeUnit.SECONDS, FORGET_AFTER.toSeconds())));
        try {
            failures = caches.createCache(CACHE, config);
        } catch (CacheException createdByAnotherNode) {
            failures = caches.getCache(CACHE, String.class, String.class);
        }
    }

    @Override
    public Optional<Duration> waitFor(String key, Instant now) {
        String stored = failures.get(key);
        if (stored == null) {
            return Optional.empty();
        }
        Count count = Count.parse(stored);
        Duration left = SignInThrottle.backOff(count.failures()).minus(Duration.between(count.last(), now));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    @Override
    public void failed(String key, Instant now) {
        String first = new Count(1, now).format();
        while (true) {
            String stored = failures.get(key);
            if (stored == null) {
                if (failures.putIfAbsent(key, first)) {
                    return;
                }
                continue;
            }
            Count old = Count.parse(stored);
            Count next = Duration.between(old.last(), now).compareTo(FORGET_AFTER) > 0
                    ? new Count(1, now) : new Count(old.failures() + 1, now);
            if (failures.replace(key, stored, next.format())) {
                return;
            }
        }
    }

    @Override
    public void succeeded(String key) {
        failures.remove(key);
    }

    /** One key's consecutive failures and the time of the last. */
    private record Count(int failures, Instant last) {
        static Count parse(String stored) {
            int colon = stored.indexOf(':');
            return new Count(Integer.parseInt(stored.substring(0, colon)),
                    Instant.ofEpochMilli(Long.parseLong(stored.substring(colon + 1))));
        }

        String format() {
            return failures + ":" + last.toEpochMilli();
        }
    }
}
