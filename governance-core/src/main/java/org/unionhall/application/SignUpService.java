package org.unionhall.application;

import java.time.Duration;
import java.util.Optional;

/**
 * Signing up from a union's public page: a person who has no account yet chooses a chapter of
 * the union, gives a name, an e-mail address, a password and an optional note for the chapter's
 * stewards, and confirms the address by opening the link mailed to it. The answer to a sign-up is
 * the same whether or not the address has an account, and so is the work done (the password is
 * hashed and one confirmation mail written either way). Opening the link makes the account and
 * files the join request, which the chapter's stewards decide as any other; for an address that
 * has an account by then, it makes nothing and says to sign in and ask from there. Called
 * without an {@link Actor}: the authority is the mailbox.
 */
public interface SignUpService {

    /** The one answer to every accepted sign-up, whether or not the address has an account. */
    String REQUESTED = "Check your mail: we sent a link to the address you gave. Open it within 24 hours to "
            + "confirm the address; then your account is made and your request goes to the chapter's stewards.";

    /** The answer to a link whose address has an account already. */
    String HAS_ACCOUNT = "An account uses this e-mail address already, so no new account was made. Sign in with "
            + "it, then open the chapter's page and choose \"Ask to join this chapter\".";

    /**
     * Signs up and asks for the confirmation mail.
     *
     * @param unionSlug the union whose public page the person is on
     * @param form what the person gave
     * @param remoteAddress the client's address, for throttling only (never stored)
     * @return empty when accepted (answer {@link #REQUESTED}); otherwise how long to wait, for this
     *         address or this client alike, whether or not the address has an account
     * @throws org.unionhall.domain.shared.NotFound when there is no such union
     * @throws org.unionhall.domain.shared.InvalidInput when a field is missing, too long or not
     *         valid, the password breaks the policy, or the chapter is not one of the union's
     */
    Optional<Duration> signUp(String unionSlug, SignUpForm form, String remoteAddress);

    /**
     * What a confirmation link would do, before its page asks the person to confirm (opening the
     * link alone changes nothing, so a mail scanner that follows links confirms nobody).
     *
     * @throws org.unionhall.domain.shared.InvalidInput when the link was never given out or was used
     * @throws org.unionhall.domain.shared.RuleViolation when it has expired
     */
    PendingSignUp open(String token);

    /**
     * Confirms the address, once: makes the account and files the join request.
     *
     * @throws org.unionhall.domain.shared.InvalidInput when the link was never given out or was used
     * @throws org.unionhall.domain.shared.RuleViolation when it has expired, or the address has an
     *         account already ({@link #HAS_ACCOUNT}); nothing is made
     */
    ConfirmedSignUp confirm(String token);

    /**
     * What a person gives to sign up.
     *
     * @param chapter the slug of the chapter they ask to join
     * @param displayName their name as members will see it
     * @param email their address
     * @param password the password they choose (wiped once read)
     * @param note words for the chapter's stewards, optional
     */
    record SignUpForm(String chapter, String displayName, String email, char[] password, String note) {
    }

    /**
     * A sign-up waiting for its link to be confirmed.
     *
     * @param unionName the union
     * @param chapterName the chapter asked for
     * @param displayName the name given
     * @param email the address the link went to
     */
    record PendingSignUp(String unionName, String chapterName, String displayName, String email) {
    }

    /**
     * The account made and the request filed.
     *
     * @param memberId the new member
     * @param email the address they sign in with
     * @param unionSlug the union
     * @param chapterSlug the chapter asked for
     * @param chapterName its name
     * @param joinRequestId the request the stewards decide
     */
    record ConfirmedSignUp(String memberId, String email, String unionSlug, String chapterSlug, String chapterName,
                           String joinRequestId) {
    }
}
