package org.unionhall.application.election;

import java.time.Instant;
import java.util.Optional;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.election.SubjectKind;

/**
 * One line of an elections list.
 *
 * @param id the election id
 * @param title the title
 * @param subjectKind what it decides
 * @param phase where it stands
 * @param scopeSlug the union or chapter
 * @param scopeName its name
 * @param opensAt when voting is scheduled to open
 * @param closesAt when voting is scheduled to close
 * @param openedAt when voting actually opened
 * @param closedAt when voting actually closed
 */
public record ElectionSummary(String id, String title, SubjectKind subjectKind, ElectionPhase phase,
                              String scopeSlug, String scopeName, Instant opensAt, Instant closesAt,
                              Optional<Instant> openedAt, Optional<Instant> closedAt) {
}
