package org.unionhall.application;

/**
 * What a member types or scans into their authenticator app while turning two-factor sign-in
 * on. Shown once: the secret is never shown again once the setup page is left.
 *
 * @param secret the secret in base32, grouped by four for typing
 * @param address the {@code otpauth://} address a QR code carries
 */
public record TwoFactorSetup(String secret, String address) {
}
