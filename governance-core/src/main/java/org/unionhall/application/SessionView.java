package org.unionhall.application;

import java.time.Instant;

/**
 * One of a member's sign-in sessions, as their account page lists it.
 *
 * @param handle the session's public name, for signing it out
 * @param browser the browser, coarsely ("Firefox on Linux")
 * @param startedAt when the member signed in
 * @param lastSeenAt when the session was last used (to the minute)
 * @param current whether it is the session asking
 * @param secondFactor whether it signed in with a code
 */
public record SessionView(String handle, String browser, Instant startedAt, Instant lastSeenAt, boolean current,
                          boolean secondFactor) {
}
