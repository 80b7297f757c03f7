package org.unionhall.application.election;

import java.util.List;

/**
 * The public key-ceremony messages of the current round in their record form (§10.4), and the
 * complaints judged so far.
 *
 * @param round the ceremony round
 * @param announcements announcements received, as canonical JSON objects, in trustee order
 * @param shares encrypted shares received, as canonical JSON objects, ordered by sender then recipient
 * @param complaints the outcome of each complaint, in words
 */
public record CeremonyView(int round, List<String> announcements, List<String> shares, List<String> complaints) {
}
