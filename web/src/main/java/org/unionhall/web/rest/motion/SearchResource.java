package org.unionhall.web.rest.motion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.motion.SearchHit;
import org.unionhall.application.motion.SearchService;

/** Search across the motions, amendments and debates of the caller's unions. */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Debate")
public class SearchResource {

    @Inject
    SearchService search;

    @Inject
    Actor actor;

    /** Every motion, amendment and comment with all the words. */
    @GET
    @Operation(summary = "Search motions and debates", description = "Any signed-in member: motions and "
            + "amendments (title or text) and comments of the unions they belong to that contain every word of q, "
            + "case-insensitive, newest first (at most 50 of each). Never a draft or a hidden comment. 422 for an "
            + "empty q, more than 200 characters or more than 8 words.")
    public List<SearchHit> search(@QueryParam("q") String q) {
        return search.search(actor, q);
    }
}
