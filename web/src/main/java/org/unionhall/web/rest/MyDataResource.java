package org.unionhall.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.MyDataExport;
import org.unionhall.application.MyDataView;
import org.unionhall.application.PrivacyService;
import org.unionhall.web.rest.Bodies.PasswordBody;
import org.unionhall.web.security.SignOut;

/**
 * The caller's own data: everything held about them, an export, and erasure. Every operation
 * acts on the signed-in caller only; none takes another member's id.
 */
@Path("me/data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My data", description = "See, export and erase what Unionhall holds about me")
public class MyDataResource {

    @Inject
    PrivacyService privacy;

    @Inject
    Actor actor;

    @Inject
    SignOut signOut;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    /** Everything held about the caller. */
    @GET
    @Operation(summary = "Everything held about me",
            description = "Profile, memberships with their history, join requests with notes, mandates, congress "
                    + "votes cast, the elections I registered a voting key for (never a choice), notifications, "
                    + "audit entries about me, who looked at or exported my record, and what erasing would do. "
                    + "Any signed-in member, about themselves only.")
    public MyDataView myData() {
        return privacy.myData(actor);
    }

    /** A zip of JSON and a readable page, streamed as it is written. */
    @POST
    @Path("export")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @Operation(summary = "Export my data",
            description = "My password again; answers a zip with my-data.json (schema in docs/my-data.md) and "
                    + "my-data.html. A wrong password answers 422 and exports nothing. The export is recorded on my "
                    + "own record. Refusals are problem+json, so a client may accept application/json as well. Any "
                    + "signed-in member, about themselves only.")
    @APIResponse(responseCode = "200", description = "The zip",
            content = @Content(mediaType = "application/zip", schema = @Schema(format = "binary")))
    public Response export(PasswordBody body) {
        MyDataView data = privacy.export(actor, PasswordBody.checked(body).password());
        Instant at = Instant.now();
        StreamingOutput zip = out -> MyDataExport.write(data, at, out);
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"my-data.zip\"").build();
    }

    /**
     * The pseudonym that now stands where the union's records named the caller.
     *
     * @param pseudonym e.g. "Former member 3f9a2c1d"
     */
    public record Erased(String pseudonym) {
    }

    /** Erases the caller's account and signs them out. */
    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase my account",
            description = "My password again. In one transaction: my memberships are left and mandates ended; my "
                    + "e-mail address, password, sessions, trusted devices, notifications, join requests and the "
                    + "lines of who read my record are deleted; every record of the union that must stay names a new "
                    + "pseudonym. Signs me out everywhere. A wrong password answers 422 and erases nothing; the last "
                    + "steward of a union gets 409 (hand the mandate on first). Any signed-in member, themselves only.")
    public Erased erase(PasswordBody body) {
        String pseudonym = privacy.erase(actor, PasswordBody.checked(body).password());
        try {
            signOut.of(request, response);
        } catch (ServletException e) {
            // The sessions were deleted with the account; only this server's session outlives it until it times out.
        }
        return new Erased(pseudonym);
    }
}
