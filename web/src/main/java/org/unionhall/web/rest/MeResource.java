package org.unionhall.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
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
import org.unionhall.application.notification.MailChoiceView;
import org.unionhall.application.notification.MailPreferenceService;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.web.security.SignInCookies;

/** The signed-in member's own page, password and mail preferences. */
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
}
