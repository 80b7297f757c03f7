package org.unionhall.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.AccountService;
import org.unionhall.application.Actor;
import org.unionhall.application.DashboardView;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.SessionView;
import org.unionhall.application.TwoFactorService;
import org.unionhall.application.TwoFactorSetup;
import org.unionhall.application.TwoFactorView;
import org.unionhall.application.notification.MailChoiceView;
import org.unionhall.application.notification.MailPreferenceService;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.web.security.SignInCookies;
import org.unionhall.web.security.SignInFeedback;

/** The signed-in member's own page, password, two-factor sign-in, sessions and mail preferences. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The signed-in member")
public class MeResource {

    @Inject
    DirectoryService directory;

    @Inject
    AccountService accounts;

    @Inject
    MailPreferenceService mailPreferences;

    @Inject
    TwoFactorService twoFactor;

    @Inject
    Actor actor;

    @Context
    HttpServletRequest request;

    /**
     * The current password and the new one.
     *
     * @param currentPassword the password now
     * @param newPassword the new password (8 to 128 characters, not a common one)
     */
    @Schema(name = "PasswordChangeBody")
    public record PasswordChangeBody(@Schema(required = true, maxLength = 256) String currentPassword,
                                     @Schema(required = true, maxLength = 256) String newPassword) {
    }

    /**
     * The kinds of notification to get by e-mail; every other kind is not mailed.
     *
     * @param mailed the kinds, by name
     */
    @Schema(name = "MailPreferencesBody")
    public record MailPreferencesBody(@Schema(required = true) List<NotificationKind> mailed) {
    }

    /**
     * A code from the member's authenticator app.
     *
     * @param code the 6 digits the app shows now
     */
    @Schema(name = "TwoFactorCodeBody")
    public record TwoFactorCodeBody(@Schema(required = true, maxLength = 64, example = "123456") String code) {
    }

    /**
     * The password and a code (or a recovery code), to turn two-factor sign-in off.
     *
     * @param password the member's password
     * @param code a code from the app, or a recovery code
     */
    @Schema(name = "TwoFactorOffBody")
    public record TwoFactorOffBody(@Schema(required = true, maxLength = 256) String password,
                                   @Schema(required = true, maxLength = 64) String code) {
    }

    /**
     * The password and a code (or a recovery code), to make new recovery codes.
     *
     * @param password the member's password
     * @param code a code from the app, or one of the member's recovery codes (then spent with the others)
     */
    @Schema(name = "NewRecoveryCodesBody")
    public record NewRecoveryCodesBody(@Schema(required = true, maxLength = 256) String password,
                                       @Schema(required = true, maxLength = 64) String code) {
    }

    /**
     * The recovery codes, shown once.
     *
     * @param recoveryCodes ten single-use codes
     */
    @Schema(name = "RecoveryCodes")
    public record RecoveryCodes(List<String> recoveryCodes) {
    }

    /**
     * How many sessions were signed out.
     *
     * @param signedOut the number
     */
    @Schema(name = "SignedOut")
    public record SignedOut(int signedOut) {
    }

    /** Memberships, mandates, own pending requests and (for stewards) requests to decide. */
    @GET
    @Operation(summary = "My dashboard",
            description = "My memberships, mandates in force, my pending join requests and, if I am a steward, "
                    + "the join requests waiting for my decision. Any signed-in member.")
    public DashboardView dashboard() {
        return directory.dashboard(actor);
    }

    /** Changes the caller's password. */
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my password", description = "Any signed-in member, with their current password "
            + "(409 when wrong, throttled like sign-ins). The new one must be 8 to 128 characters and not a common "
            + "one (422). Every other session of the member ends; the one making the call stays signed in. The "
            + "member is mailed that the password changed.")
    @APIResponse(responseCode = "204", description = "The password was changed")
    public Response changePassword(PasswordChangeBody body) {
        InvalidFields.of(body).required("currentPassword", body.currentPassword(), 256)
                .required("newPassword", body.newPassword(), 256).verify();
        accounts.changePassword(actor, body.currentPassword().toCharArray(), body.newPassword().toCharArray(),
                SignInCookies.session(request).orElse(null), SignInCookies.device(request).orElse(null));
        return Response.noContent().build();
    }

    /** Which kinds of notification the caller gets by e-mail. */
    @GET
    @Path("mail-preferences")
    @Operation(summary = "My mail preferences", description = "Any signed-in member: each kind of notification "
            + "and whether it is mailed to me. Until I choose, none is. Mail about my own account (a reset link, a "
            + "changed password) is always sent.")
    public List<MailChoiceView> mailPreferences() {
        return mailPreferences.preferences(actor);
    }

    /** Chooses which kinds of notification the caller gets by e-mail. */
    @PUT
    @Path("mail-preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose my mail preferences", description = "Any signed-in member, for themselves: "
            + "exactly the kinds listed are mailed from now on (an empty list: none).")
    public List<MailChoiceView> chooseMailPreferences(MailPreferencesBody body) {
        InvalidFields.of(body).present("mailed", body.mailed()).verify();
        return mailPreferences.choose(actor, body.mailed().isEmpty() ? EnumSet.noneOf(NotificationKind.class)
                : EnumSet.copyOf(body.mailed()));
    }

    /** Whether two-factor sign-in is on for the caller. */
    @GET
    @Path("two-factor")
    @Operation(summary = "My two-factor sign-in", description = "Any signed-in member: whether sign-in asks for "
            + "a code from my authenticator app, since when, how many recovery codes are left, whether this session "
            + "gave a code, and the officer's roles (steward, treasurer, trustee) I hold but cannot act in until it "
            + "does.")
    public TwoFactorView twoFactor() {
        return twoFactor.status(actor, sessionToken());
    }

    /** Starts turning two-factor sign-in on. */
    @POST
    @Path("two-factor")
    @Operation(summary = "Start turning on two-factor sign-in", description = "Any signed-in member whose "
            + "two-factor sign-in is off (409 when on): a new secret (160 bits, base32) and its otpauth:// address "
            + "for an authenticator app, replacing one not yet confirmed. Shown this once. Nothing changes at "
            + "sign-in until a code confirms it.")
    public TwoFactorSetup beginTwoFactor() {
        return twoFactor.begin(actor);
    }

    /** Turns two-factor sign-in on with a first code. */
    @POST
    @Path("two-factor/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn on two-factor sign-in", description = "Any signed-in member who started it: the "
            + "code the app shows now (409 when wrong or when none was started; throttled). Answers ten recovery "
            + "codes, shown this once. This session counts as signed in with a code from now on; the member is "
            + "mailed.")
    public RecoveryCodes confirmTwoFactor(TwoFactorCodeBody body) {
        InvalidFields.of(body).required("code", body.code(), 64).verify();
        List<String> codes = twoFactor.confirm(actor, body.code(), sessionToken());
        SignInFeedback.secondFactorChanged(request, true);
        return new RecoveryCodes(codes);
    }

    /** Turns two-factor sign-in off. */
    @POST
    @Path("two-factor/off")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn off two-factor sign-in", description = "Any signed-in member whose two-factor "
            + "sign-in is on, with their password and a code or recovery code (409 when wrong; throttled). Every "
            + "session of the member loses its second factor, so officers' roles give no powers until it is on "
            + "again. The member is mailed.")
    @APIResponse(responseCode = "204", description = "Two-factor sign-in is off")
    public Response turnOffTwoFactor(TwoFactorOffBody body) {
        InvalidFields.of(body).required("password", body.password(), 256).required("code", body.code(), 64).verify();
        twoFactor.turnOff(actor, body.password().toCharArray(), body.code());
        SignInFeedback.secondFactorChanged(request, false);
        return Response.noContent().build();
    }

    /** Makes new recovery codes in place of the old ones. */
    @POST
    @Path("two-factor/recovery-codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make new recovery codes", description = "Any signed-in member whose two-factor sign-in "
            + "is on, with their password and a code from the app or one of their recovery codes (409 when wrong "
            + "or when it is off; throttled). Answers ten new recovery codes, shown this once; every old one, used "
            + "or not, stops working at once. The key and the app stay as they are. The member is mailed.")
    public RecoveryCodes newRecoveryCodes(NewRecoveryCodesBody body) {
        InvalidFields.of(body).required("password", body.password(), 256).required("code", body.code(), 64).verify();
        return new RecoveryCodes(twoFactor.newRecoveryCodes(actor, body.password().toCharArray(), body.code()));
    }

    /** The caller's sessions. */
    @GET
    @Path("sessions")
    @Operation(summary = "My sessions", description = "Any signed-in member: the browsers and programs signed in "
            + "to my account, newest first: when each signed in, when it was last used (to the minute), a coarse "
            + "name of the browser (\"Firefox on Linux\"), whether it gave a second factor, and which is this one. "
            + "No address is kept.")
    public List<SessionView> sessions() {
        return accounts.sessions(actor, sessionToken());
    }

    /** Signs out every other session of the caller. */
    @DELETE
    @Path("sessions")
    @Operation(summary = "Sign out everywhere else", description = "Any signed-in member: every other session of "
            + "mine ends and every other browser is no longer trusted; this one stays signed in.")
    public SignedOut signOutEverywhereElse() {
        return new SignedOut(accounts.endOtherSessions(actor, sessionToken(),
                SignInCookies.device(request).orElse(null)));
    }

    /** Signs out one session of the caller. */
    @DELETE
    @Path("sessions/{handle}")
    @Operation(summary = "Sign out one session", description = "Any signed-in member, for one of their own "
            + "sessions (by the handle the list gives); a handle that names none of theirs changes nothing.")
    @APIResponse(responseCode = "204", description = "That session is signed out")
    public Response signOutSession(@PathParam("handle") String handle) {
        accounts.endSession(actor, handle);
        return Response.noContent().build();
    }

    private String sessionToken() {
        return SignInFeedback.sessionToken(request);
    }
}
