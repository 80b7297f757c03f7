package org.unionhall.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.Page;
import org.unionhall.application.mail.OutboxQueries;
import org.unionhall.application.mail.OutgoingMailView;

/** What the installation's operator reads: the mail kept when no mail server is configured. */
@Path("operator")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operator", description = "The installation's operator")
public class OperatorResource {

    @Inject
    OutboxQueries outbox;

    @Inject
    Actor actor;

    /** The mail kept instead of sent. */
    @GET
    @Path("mail")
    @Operation(summary = "Mail kept without a mail server", description = "What would have been sent (to, "
            + "subject, text, when), newest first, while no mail server is configured (as in the demo). The "
            + "installation's operator only.")
    public Page<OutgoingMailView> keptMail(@QueryParam("page") @DefaultValue("0") @Parameter(ref = "page") String page,
                                           @QueryParam("size") @DefaultValue("20") @Parameter(ref = "size") String size) {
        return outbox.kept(actor, QueryValues.page(page), QueryValues.wholeInt("size", size));
    }
}
