package org.unionhall.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.InvitationBatch;
import org.unionhall.application.InvitationService;
import org.unionhall.application.Invitee;
import org.unionhall.application.InviteeFile;
import org.unionhall.application.Page;
import org.unionhall.application.PendingInvitationView;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.web.rest.Bodies.EmptyBody;

/**
 * A chapter's stewards invite people by e-mail, one or many at once or from a CSV file, see the
 * pending invitations and withdraw them.
 */
@Path("chapters/{chapter}/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations", description = "Stewards invite people to a chapter by e-mail; the link makes the "
        + "account and the membership")
public class InvitationResource {
    /** The media type of an imported list. */
    static final String CSV = "text/csv";
    private static final String FILE = "A CSV file in UTF-8, one person a line: their name, then their e-mail "
            + "address, separated by a comma or a semicolon; a first line naming the columns (name,email) is "
            + "skipped. At most 5,000 people (422) and 1 MB (413); a file that is not UTF-8 answers 422.";

    @Inject
    InvitationService invitations;

    @Inject
    Actor actor;

    /**
     * People to invite.
     *
     * @param people each person's name and e-mail address (1 to 5,000)
     */
    @Schema(name = "InvitationBody")
    public record InvitationBody(@Schema(required = true, maxItems = 5000) List<PersonBody> people) {
    }

    /**
     * One person to invite.
     *
     * @param name their name (1 to 80 characters; they may change it when accepting)
     * @param email their e-mail address
     */
    @Schema(name = "InviteePersonBody")
    public record PersonBody(@Schema(required = true, maxLength = 80) String name,
                             @Schema(required = true, maxLength = 254) String email) {
    }

    /** The chapter's pending invitations. */
    @GET
    @Operation(summary = "Pending invitations", description = "Newest first, with the steward who invited and "
            + "when each link stops holding (an expired one no longer stands in the way of a new invitation). "
            + "Stewards of the chapter or its union.")
    public Page<PendingInvitationView> pending(@PathParam("chapter") String chapter,
                                               @QueryParam("page") @DefaultValue("0") @Parameter(ref = "page") String page,
                                               @QueryParam("size") @DefaultValue("20") @Parameter(ref = "size") String size) {
        return invitations.pending(actor, chapter, QueryValues.page(page), QueryValues.wholeInt("size", size));
    }

    /** Invite people. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite people", description = "Each person gets a mail with a link that holds 14 days "
            + "and works once. Every row is checked (a name, a plausible address, not twice in the list, not a "
            + "member of the chapter already, not invited already); the rows without a problem are invited and "
            + "the answer gives each row's problem. Nobody invited answers 409 with each row's problem. Stewards "
            + "of the chapter or its union.")
    @APIResponse(responseCode = "201", description = "The invitations went out",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvitationBatch.class)))
    public Response invite(@PathParam("chapter") String chapter, InvitationBody body) {
        InvalidFields.Checks checks = InvalidFields.of(body).present("people", body.people());
        List<Invitee> people = new ArrayList<>();
        if (body.people() != null) {
            if (body.people().size() > InvitationService.MAX_PEOPLE) {
                throw new InvalidInput(InviteeFile.TOO_MANY);
            }
            for (int i = 0; i < body.people().size(); i++) {
                PersonBody person = body.people().get(i);
                if (person == null) {
                    checks.present("people[" + i + "]", null);
                    continue;
                }
                checks.optional("people[" + i + "].name", person.name(), 300)
                        .optional("people[" + i + "].email", person.email(), 300);
                people.add(new Invitee(i + 1, person.name(), person.email()));
            }
        }
        checks.verify();
        return Response.status(Response.Status.CREATED).entity(invitations.invite(actor, chapter, people)).build();
    }

    /** Checks a CSV file without inviting anyone. */
    @POST
    @Path("import/preview")
    @Consumes(CSV)
    @Operation(summary = "Preview an imported list", description = "Reads the file and checks every row as "
            + "inviting would, inviting nobody. Stewards of the chapter or its union.")
    @RequestBody(required = true, description = FILE, content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING)))
    public InvitationBatch preview(@PathParam("chapter") String chapter, InputStream file) {
        return invitations.previewFile(actor, chapter, file);
    }

    /** Invites the people of a CSV file. */
    @POST
    @Path("import")
    @Consumes(CSV)
    @Operation(summary = "Import a list and invite", description = "Invites the people of the file's rows that "
            + "have no problem, as inviting does; importing the same file again invites nobody twice (409 when "
            + "nobody is left to invite). Stewards of the chapter or its union.")
    @RequestBody(required = true, description = FILE, content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "201", description = "The invitations went out",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvitationBatch.class)))
    public Response importList(@PathParam("chapter") String chapter, InputStream file) {
        return Response.status(Response.Status.CREATED).entity(invitations.inviteFile(actor, chapter, file)).build();
    }

    /** Withdraws a pending invitation. */
    @POST
    @Path("{invitation}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw an invitation", description = "Its link opens nothing from now on. Send {}. "
            + "One accepted or withdrawn already answers 409. Stewards of the chapter or its union.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdraw(@PathParam("chapter") String chapter, @PathParam("invitation") String invitation,
                             EmptyBody body) {
        InvalidFields.of(body).verify();
        invitations.withdraw(actor, chapter, invitation);
        return Response.noContent().build();
    }
}
