package org.unionhall.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.InvitationStatus;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.domain.privacy.PersonalData;
import org.unionhall.domain.privacy.PersonalData.CongressVoteCast;
import org.unionhall.domain.privacy.PersonalData.ElectionTaken;
import org.unionhall.domain.privacy.RecordAccess;

/**
 * Everything Unionhall holds about the signed-in member, for their own eyes only: the "My data"
 * page, its API read and the export (docs/my-data.md describes the export's JSON).
 *
 * @param profile name, e-mail address, language and when the account was made
 * @param signIn two-factor sign-in (on since, recovery codes left; never a secret) and sessions
 * @param memberships every membership, with its history
 * @param joinRequests every join request, with the note and the decision
 * @param mandates every mandate, past, present and future
 * @param congressVotes roll-call votes cast as a delegate or proxy (public by nature)
 * @param elections secret ballots they registered a voting key for: never a key, never a choice
 * @param notifications every notification addressed to them
 * @param auditEntries audit trail entries about them
 * @param accesses who looked at or exported their record, and when
 * @param invitationsReceived invitations to them (to their address, or the one that made a membership)
 * @param invitationsSent invitations they sent as a steward, without the people invited
 * @param contributions what they gave a union's treasury, the latest first
 * @param pledges what they promised a union's treasury, newest first
 * @param comments what they wrote in motions' debates, oldest first
 * @param onErasure what erasing the account would do, in words
 * @param erasureRefused why erasing is refused just now, if it is
 */
public record MyDataView(Profile profile, PersonalData.SignInData signIn, List<MembershipView> memberships, List<JoinRequestView> joinRequests,
                         List<MandateView> mandates, List<CongressVoteCast> congressVotes,
                         List<ElectionTaken> elections, List<NotificationLine> notifications,
                         List<AuditEntryView> auditEntries, List<AccessLine> accesses,
                         List<InvitationReceived> invitationsReceived, List<InvitationSent> invitationsSent,
                         List<PersonalData.ContributionGiven> contributions, List<PersonalData.PledgeMade> pledges,
                         List<PersonalData.CommentWritten> comments, List<String> onErasure, Optional<String> erasureRefused) {

    /**
     * @param memberId the member's id
     * @param displayName the name others see
     * @param email the e-mail address used to sign in and be reached
     * @param preferredLanguage the language tag
     * @param createdAt when the account was made
     */
    public record Profile(String memberId, String displayName, String email, String preferredLanguage,
                          Instant createdAt) {
    }

    /**
     * @param kind what it is about
     * @param message its text
     * @param motionId the motion it is about, or {@code null}
     * @param grantRequestId the grant request it is about, or {@code null}
     * @param budgetRoundId the participatory budget it is about, or {@code null}
     * @param createdAt when it was made
     * @param readAt when it was marked read
     */
    public record NotificationLine(NotificationKind kind, String message, String motionId, String grantRequestId,
                                   String budgetRoundId, Instant createdAt, Optional<Instant> readAt) {
    }

    /**
     * @param viewerDisplayName who looked ("you" for the member's own exports)
     * @param kind viewed or exported
     * @param what which part of the record
     * @param at when
     */
    public record AccessLine(String viewerDisplayName, RecordAccess.Kind kind, String what, Instant at) {
    }

    /**
     * @param chapter the chapter it invites to
     * @param nameGiven the name the steward typed
     * @param email the address it was sent to
     * @param invitedBy the steward who sent it
     * @param invitedAt when
     * @param expiresAt when its link stops (or stopped) holding
     * @param status pending, accepted, withdrawn or expired
     */
    public record InvitationReceived(String chapter, String nameGiven, String email, String invitedBy,
                                     Instant invitedAt, Instant expiresAt, InvitationStatus status) {
    }

    /**
     * An invitation the member sent. The person invited is not named: their name and address are
     * their data, shown in their own data page, not in the steward's.
     *
     * @param chapter the chapter it invites to
     * @param invitedAt when
     * @param status pending, accepted, withdrawn or expired
     */
    public record InvitationSent(String chapter, Instant invitedAt, InvitationStatus status) {
    }
}
