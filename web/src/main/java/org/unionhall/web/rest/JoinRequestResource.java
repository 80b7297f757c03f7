package org.unionhall.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.JoinRequestView;
import org.unionhall.application.MembershipService;
import org.unionhall.domain.membership.JoinRequestId;
import org.unionhall.web.rest.Bodies.ReasonBody;

/** Stewards decide requests to join. */
@Path("join-requests/{request}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Join requests", description = "Stewards admit or decline requests to join a chapter")
public class JoinRequestResource {

    @Inject
    MembershipService membership;

    @Inject
    Actor actor;

    /** Admit: the person becomes an active member. */
    @POST
    @Path("admit")
    @Operation(summary = "Admit a request", description = "The person becomes an active member of the chapter. "
            + "Stewards of the chapter or its union. A request already decided answers 409 and changes nothing.")
    public JoinRequestView admit(@PathParam("request") String request,
                                 ReasonBody body) {
        return membership.admit(actor, Ids.fromPath(request, JoinRequestId::of, "join request"), ReasonBody.checked(body).reason());
    }

    /** Decline, with a reason the person reads. */
    @POST
    @Path("decline")
    @Operation(summary = "Decline a request", description = "The reason is shown to the person. "
            + "Stewards of the chapter or its union. A request already decided answers 409 and changes nothing.")
    public JoinRequestView decline(@PathParam("request") String request,
                                   ReasonBody body) {
        return membership.decline(actor, Ids.fromPath(request, JoinRequestId::of, "join request"), ReasonBody.checked(body).reason());
    }
}
