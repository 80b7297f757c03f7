package org.unionhall.domain.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.membership.Invitation;
import org.unionhall.domain.membership.JoinRequest;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.notification.Notification;

/**
 * Everything held about one person that no other repository reads by person, their erasure, and
 * the deletion of what has outlived its {@link Retention} period.
 */
public interface PersonalData {

    /** A vote the person cast in a congress roll call (public by nature), own seat or as a proxy. */
    record CongressVoteCast(String motionId, String motionTitle, String choice, long weight, boolean asProxy,
                            boolean overridden, Instant castAt) {
    }

    /** An election the person registered a voting key for: never the key, never a choice. */
    record ElectionTaken(String electionId, String title, String phase, boolean hasVoted) {
    }

    /**
     * How the person signs in, as far as it is theirs to see: whether two-factor sign-in is on
     * and since when (never its secret), how many recovery codes are left (never the codes), and
     * their live sessions.
     *
     * @param twoFactorSince when two-factor sign-in was turned on, null when it is off
     * @param recoveryCodesLeft unused recovery codes
     * @param sessions the person's sessions, newest first
     */
    record SignInData(Instant twoFactorSince, long recoveryCodesLeft, List<SessionHeld> sessions) {
    }

    /** A sign-in session: when it began and was last used, the browser, whether it gave a code. */
    record SessionHeld(Instant startedAt, Instant lastSeenAt, String browser, boolean secondFactor) {
    }

    /**
     * A contribution the person gave (docs/ledger.md, "Contributions").
     *
     * @param amount as a decimal with its currency, e.g. {@code 12.50 EUR}
     * @param publicName the name they chose to be thanked under publicly
     */
    record ContributionGiven(String union, String fund, String kind, String amount, LocalDate receivedOn,
                             Optional<String> publicName, boolean fromStatement) {
    }

    /**
     * A pledge the person made.
     *
     * @param amount per period, as a decimal with its currency
     * @param period {@code MONTHLY} or {@code YEARLY}
     */
    record PledgeMade(String union, String fund, String kind, String amount, String period, Instant madeAt,
                      Optional<Instant> cancelledAt) {
    }

    /**
     * A comment or reply the person wrote in a motion's debate, hidden or not.
     *
     * @param hiddenReason why a steward hid it, when one did
     */
    record CommentWritten(String commentId, String motionId, String motionTitle, String text, Optional<String> quote,
                          Instant postedAt, Optional<Instant> editedAt, Optional<String> hiddenReason) {
    }

    /** How the person signs in. */
    SignInData signInOf(MemberId person);

    /** The contributions the person gave, the latest received first. */
    List<ContributionGiven> contributionsOf(MemberId person);

    /** The pledges the person made, newest first. */
    List<PledgeMade> pledgesOf(MemberId person);

    /** The comments and replies the person wrote, oldest first. */
    List<CommentWritten> commentsOf(MemberId person);

    /** Every join request the person made, newest first. */
    List<JoinRequest> joinRequestsOf(MemberId person);

    /** Every notification addressed to the person, newest first. */
    List<Notification> notificationsOf(MemberId person);

    /** Audit entries about the person, newest first. */
    List<AuditEntry> auditAbout(MemberId person);

    /** Congress votes the person cast, newest first. */
    List<CongressVoteCast> congressVotesOf(MemberId person);

    /** Elections the person registered a voting key for. */
    List<ElectionTaken> electionsOf(MemberId person);

    /**
     * Invitations to the person: those sent to their address and the one that made their
     * membership, newest first.
     */
    List<Invitation> invitationsTo(MemberId person, String email);

    /** Invitations the person sent as a steward, newest first. */
    List<Invitation> invitationsSentBy(MemberId person);

    /**
     * Locks the person's sign-in account until the caller's transaction ends, so that two erasures
     * of one person run one after the other.
     *
     * @return false when there is no such account (any more)
     */
    boolean lockAccount(MemberId person);

    /**
     * Erases the person, in the caller's transaction: deletes their e-mail address, password hash,
     * sessions, trusted devices, notifications, join requests and notes, the lines of who read
     * their record and the invitations to them; then moves every row that still holds their id to the pseudonym's id and name,
     * and forgets the id. Whatever the service changed before through the entities is written
     * first; entities read before are stale afterwards.
     */
    void erase(MemberId person, Pseudonym pseudonym);

    /**
     * Deletes data of the kind that was made (or, for join requests, decided) before the cut-off.
     *
     * @return how many rows were deleted
     */
    int forget(Retention kind, Instant cutOff);
}
