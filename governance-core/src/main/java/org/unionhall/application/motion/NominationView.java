package org.unionhall.application.motion;

import java.time.Instant;
import org.unionhall.domain.motion.NominationStatus;

/**
 * A nomination in an officer election.
 *
 * @param id its id
 * @param nomineeId the candidate's member id
 * @param nomineeName the candidate
 * @param nominatedByName who nominated
 * @param status awaiting answer, accepted or declined
 * @param statement the candidate statement
 * @param nominatedAt when
 */
public record NominationView(String id, String nomineeId, String nomineeName, String nominatedByName,
                             NominationStatus status, String statement, Instant nominatedAt) {
}
