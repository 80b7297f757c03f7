package org.unionhall.application.election;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.election.SubjectKind;
import org.unionhall.domain.membership.ScopeKind;

/**
 * What anyone may see of an election, plus the caller's own status.
 *
 * @param id the election id
 * @param title the title
 * @param subjectKind what it decides
 * @param subjectId the motion or officer election it decides
 * @param phase where it stands
 * @param opensAt when voting opens
 * @param closesAt when voting closes
 * @param scopeKind union or chapter
 * @param scopeSlug the scope's slug
 * @param scopeName the scope's name
 * @param electionJson election.json (canonical text, §10.2)
 * @param contextJson context.json (§10.3), once voting is open
 * @param ceremonyRound 1, or more after a ceremony restarted without a faulty trustee
 * @param complaints how many trustee complaints have been judged, in every round
 * @param trustees the named trustees in order
 * @param threshold how many trustees must decrypt
 * @param rollSize credentials registered (or frozen on the roll)
 * @param boardSize entries on the bulletin board
 * @param eligibleCount eligible members counted when voting opened
 * @param me the caller's status
 */
public record ElectionView(String id, String title, SubjectKind subjectKind, String subjectId, ElectionPhase phase,
                           Instant opensAt, Instant closesAt, ScopeKind scopeKind, String scopeSlug, String scopeName,
                           String electionJson, Optional<String> contextJson, int ceremonyRound, int complaints,
                           List<TrusteeView> trustees, int threshold, long rollSize, long boardSize,
                           Optional<Long> eligibleCount, MyStatus me) {

    /**
     * One trustee.
     *
     * @param index trustee number 1..n in the current round
     * @param memberId the member
     * @param displayName their name
     * @param announced whether message 1 is in
     * @param sharesSent whether message 2 is in
     * @param decrypted whether the partial decryption is in
     */
    public record TrusteeView(int index, String memberId, String displayName, boolean announced, boolean sharesSent,
                              boolean decrypted) {
    }

    /**
     * The caller's status.
     *
     * @param signedIn whether anyone is signed in
     * @param eligible an active member of the scope
     * @param registered has registered a credential
     * @param hasVoted has cast at least one ballot
     * @param trusteeIndex their trustee number, if they are a trustee
     * @param steward may open and close voting
     */
    public record MyStatus(boolean signedIn, boolean eligible, boolean registered, boolean hasVoted,
                           Optional<Integer> trusteeIndex, boolean steward) {
    }
}
