package org.unionhall.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.DashboardView;
import org.unionhall.application.DirectoryService;

/** The signed-in member's own page. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The signed-in member")
public class MeResource {

    @Inject
    DirectoryService directory;

    @Inject
    Actor actor;

    /** Memberships, mandates, own pending requests and (for stewards) requests to decide. */
    @GET
    @Operation(summary = "My dashboard",
            description = "My memberships, mandates in force, my pending join requests and, if I am a steward, "
                    + "the join requests waiting for my decision. Any signed-in member.")
    public DashboardView dashboard() {
        return directory.dashboard(actor);
    }
}
