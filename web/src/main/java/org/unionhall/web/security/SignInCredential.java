package org.unionhall.web.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An e-mail address and password together with the address the attempt came from and the
 * browser's trusted-device cookie, which the sign-in service needs to throttle guessing. The
 * identity store records on it whether the attempt was throttled, because a
 * {@code CredentialValidationResult} cannot say so.
 */
public final class SignInCredential extends UsernamePasswordCredential {

    private final String remoteAddress;
    private final String deviceToken;
    private Duration throttledFor;
    private String displayName;

    /**
     * @param email the e-mail address as typed
     * @param password the password as typed
     * @param remoteAddress the client's address
     * @param deviceToken the trusted-device cookie the browser sent, or null
     */
    public SignInCredential(String email, String password, String remoteAddress, String deviceToken) {
        super(email, password);
        this.remoteAddress = Objects.requireNonNull(remoteAddress, "remoteAddress");
        this.deviceToken = deviceToken;
    }

    /** The client's address. */
    public String remoteAddress() {
        return remoteAddress;
    }

    /** The trusted-device cookie the browser sent, or null. */
    public String deviceToken() {
        return deviceToken;
    }

    /** How long the caller must wait, when the attempt was throttled. */
    public Optional<Duration> throttledFor() {
        return Optional.ofNullable(throttledFor);
    }

    /** The signed-in member's display name, when the attempt succeeded. */
    public Optional<String> displayName() {
        return Optional.ofNullable(displayName);
    }

    void markThrottled(Duration retryAfter) {
        this.throttledFor = Objects.requireNonNull(retryAfter);
    }

    void markSignedIn(String name) {
        this.displayName = Objects.requireNonNull(name);
    }
}
