package org.unionhall.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A member's two-factor sign-in as their account page shows it.
 *
 * @param on whether sign-in asks for a code
 * @param onSince when it was turned on
 * @param recoveryCodesLeft unused recovery codes
 * @param thisSessionGaveCode whether the current session signed in with a code
 * @param waitingRoles officers' roles the member holds but cannot act in without a second
 *     factor in this session ("steward", "treasurer"), for the banner; empty when none
 */
public record TwoFactorView(boolean on, Optional<Instant> onSince, long recoveryCodesLeft,
                            boolean thisSessionGaveCode, List<String> waitingRoles) {
}
