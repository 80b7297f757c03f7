package org.unionhall.web.rest.election;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.election.ElectionService;
import org.unionhall.domain.election.ElectionId;

/** The election record (protocol §10): the zip anyone downloads and checks with {@code ./unionhall verify}. */
@Path("elections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ElectionAnswers.TAG, description = ElectionAnswers.TAG_DESCRIPTION)
public class RecordResource {

    @Inject
    ElectionService elections;

    /** The record as a zip. */
    @GET
    @Path("{id}/record")
    @Produces("application/zip")
    @Operation(summary = "Election record", description = "Anyone, without signing in. The record (protocol §10) as "
            + "a zip of its files at the top level, as far as the election has gone: voting keys, never names. Unzip "
            + "it and run `./unionhall verify FOLDER`.")
    @APIResponse(responseCode = "200", description = "The zip", content = @Content(mediaType = "application/zip"))
    public Response record(@PathParam("id") String id) {
        ElectionId election = ElectionAnswers.id(id);
        return Response.ok(elections.recordZip(election), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"election-" + election + ".zip\"").build();
    }
}
