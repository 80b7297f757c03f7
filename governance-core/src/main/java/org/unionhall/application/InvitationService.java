package org.unionhall.application;

import java.io.InputStream;
import java.util.List;

/**
 * Invitations to a chapter. A steward of the chapter (or of its union) invites people by name and
 * e-mail address, one or many at once, typed or read from a CSV file ({@link InviteeFile}); each
 * row is checked first (a name and a plausible address, not twice in the list, not a member of
 * the chapter already, not invited already with a link that still holds) and the rows without a
 * problem are invited, each with a mail carrying a link that holds 14 days and works once.
 * Sending the same list twice invites nobody twice.
 *
 * <p>The link makes the account and the active membership in one step: the person chooses their
 * display name and a password. An address that already has an account is invited all the same (a
 * union expects an invitation to a second chapter to work); its owner signs in and joins with one
 * click, and nobody can make an account for an address that has one. Stewards see the pending
 * invitations and may withdraw them.
 */
public interface InvitationService {

    /** The most people one call may invite (as in a file). */
    int MAX_PEOPLE = InviteeFile.MAX_ROWS;

    /**
     * Checks a list of people without inviting anyone.
     *
     * @throws org.unionhall.domain.shared.AccessDenied when the actor is no steward of the chapter
     * @throws org.unionhall.domain.shared.InvalidInput when the list is empty or longer than {@link #MAX_PEOPLE}
     */
    InvitationBatch preview(Actor actor, String chapterSlug, List<Invitee> people);

    /**
     * Invites the people of the list who have no problem, in one transaction: the invitations, their
     * mails and one audit entry (which counts them and names nobody).
     *
     * @throws org.unionhall.domain.shared.RuleViolation when nobody on the list can be invited (the
     *         message gives each row's problem)
     */
    InvitationBatch invite(Actor actor, String chapterSlug, List<Invitee> people);

    /**
     * Reads a CSV file ({@link InviteeFile}) and checks its rows, inviting nobody. The file is read
     * only once the actor is known to be a steward of the chapter.
     */
    InvitationBatch previewFile(Actor actor, String chapterSlug, InputStream file);

    /** Reads a CSV file ({@link InviteeFile}) and invites the people of its rows that have no problem. */
    InvitationBatch inviteFile(Actor actor, String chapterSlug, InputStream file);

    /** The chapter's pending invitations, newest first ({@code page} from 0, {@code size} 1–100). */
    Page<PendingInvitationView> pending(Actor actor, String chapterSlug, int page, int size);

    /**
     * Withdraws a pending invitation: its link opens nothing from now on.
     *
     * @throws org.unionhall.domain.shared.NotFound when the chapter has no such invitation
     * @throws org.unionhall.domain.shared.RuleViolation when it was accepted or withdrawn already
     */
    void withdraw(Actor actor, String chapterSlug, String invitationId);

    /**
     * What an invitation's link invites to, before its page asks for a name and password.
     *
     * @throws org.unionhall.domain.shared.InvalidInput when the link was never given out
     * @throws org.unionhall.domain.shared.RuleViolation when it was used, withdrawn or has expired
     */
    OpenInvitation open(String token);

    /**
     * Accepts an invitation for an address without an account: makes the member, their account and
     * their active membership of the chapter in one transaction, once. Nothing changes when the link,
     * the name or the password is refused (a refused name or password leaves the link usable).
     *
     * @param displayName the name the person chose (blank: the name the steward gave)
     * @throws org.unionhall.domain.shared.InvalidInput a link never given out, a name or password refused
     * @throws org.unionhall.domain.shared.RuleViolation a link used, withdrawn or expired, or an
     *         address that has an account (then its owner signs in and uses {@link #join})
     */
    AcceptedInvitation accept(String token, String displayName, char[] password);

    /**
     * Accepts an invitation as the signed-in member whose account has the invited address: they
     * become an active member of the chapter.
     *
     * @throws org.unionhall.domain.shared.RuleViolation a link used, withdrawn or expired, an
     *         invitation sent to another address, or a member of the chapter already
     */
    AcceptedInvitation join(Actor actor, String token);
}
