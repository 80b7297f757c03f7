package org.unionhall.web.rest.treasury;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.treasury.ContributionService;
import org.unionhall.application.treasury.RecordedContribution;
import org.unionhall.application.treasury.StatementPreview;
import org.unionhall.web.rest.QueryValues;
import org.unionhall.web.rest.treasury.ContributionAnswers.ContributionAnswer;
import org.unionhall.web.rest.treasury.ContributionAnswers.ContributionPage;
import org.unionhall.web.rest.treasury.ContributionAnswers.MineAnswer;
import org.unionhall.web.rest.treasury.ContributionAnswers.RecordedAnswer;
import org.unionhall.web.rest.treasury.ContributionAnswers.StatementAnswer;
import org.unionhall.web.rest.treasury.ContributionAnswers.TotalsAnswer;
import org.unionhall.web.rest.treasury.ContributionBodies.ContributionBody;

/**
 * Contributions to a union (docs/ledger.md, "Contributions"): its treasurers record them and
 * import bank statements; every member reads the totals and their own.
 */
@Path("unions/{union}/contributions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions", description = "Dues and donations recorded on the ledger, bank statements imported, "
        + "and what members see of them")
public class ContributionResource {
    static final String CSV = "text/csv";
    private static final String STATEMENT = "A bank statement: CSV in UTF-8, the header line "
            + "date,amount,currency,payer,reference, then one booking a line with these five fields (a day as "
            + "2026-03-02, an amount with a point such as 25.00, negative for money that left, the ledger's "
            + "currency). At most 5,000 lines (422) and 1 MB (413).";

    @Inject
    ContributionService contributions;

    @Inject
    Actor actor;

    /** A treasurer records a contribution. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a contribution", description = "Dues (from a member) or a donation (from a "
            + "member, an instance or anonymous), as a posted ledger transfer from the contributor account of its "
            + "kind into the fund. 201 with the record; the same id and details again → 200 with the first record, "
            + "nothing written; the same id with other details → 409. A treasurer of the union.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedAnswer.class)))
    @APIResponse(responseCode = "200", description = "A retry: the first record", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedAnswer.class)))
    public Response record(@PathParam("union") String union, ContributionBody body) {
        RecordedContribution recorded = contributions.record(actor, union, ContributionBody.checked(body));
        return Response.status(recorded.retry() ? Response.Status.OK : Response.Status.CREATED)
                .entity(new RecordedAnswer(recorded.retry(), ContributionAnswer.of(recorded.contribution()))).build();
    }

    /** The union's contributions with who gave them. */
    @GET
    @Operation(summary = "Contributions", description = "The latest received first (?page=&size=), each with who "
            + "gave it. A treasurer of the union.")
    public ContributionPage list(@PathParam("union") String union,
                                 @QueryParam("page") @DefaultValue("0") @Parameter(ref = "page") String page,
                                 @QueryParam("size") @DefaultValue("50") @Parameter(ref = "size") String size) {
        return ContributionPage.of(contributions.contributions(actor, union, QueryValues.page(page),
                QueryValues.wholeInt("size", size)));
    }

    /** The signed-in member's own contributions and pledges. */
    @GET
    @Path("mine")
    @Operation(summary = "My contributions", description = "What the signed-in member gave the union and their "
            + "pledges, each with where it stands. Members of the union.")
    public MineAnswer mine(@PathParam("union") String union) {
        return MineAnswer.of(contributions.mine(actor, union));
    }

    /** Sums and public donors. */
    @GET
    @Path("totals")
    @Operation(summary = "Contribution totals", description = "Sums per fund and month, and the givers who chose a "
            + "public name (without amounts). Members of the union.")
    public TotalsAnswer totals(@PathParam("union") String union) {
        return TotalsAnswer.of(contributions.totals(actor, union));
    }

    /** Reads a bank statement without importing it. */
    @POST
    @Path("statement/preview")
    @Consumes(CSV)
    @Operation(summary = "Preview a bank statement", description = "Each line: NEW, ALREADY_IMPORTED, OUTGOING or "
            + "REFUSED with the reason, and the totals; nothing is written. ?fund= names the fund anonymous "
            + "donations go into. A treasurer of the union.")
    @RequestBody(required = true, description = STATEMENT, content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING)))
    public StatementAnswer preview(@PathParam("union") String union, @QueryParam("fund") String fund,
                                   InputStream statement) {
        return StatementAnswer.of(contributions.previewStatement(actor, union, fund, statement));
    }

    /** Imports a bank statement. */
    @POST
    @Path("statement")
    @Consumes(CSV)
    @Operation(summary = "Import a bank statement", description = "Records the new incoming lines as "
            + "contributions (anonymous donations into ?fund=, or the pledge a line's reference names as "
            + "pledge:<id>) in linked ledger batches: 201. Lines imported before add nothing; a statement with "
            + "nothing new answers 200. A refused line refuses the whole statement with 422 naming the lines, and "
            + "nothing is written. A treasurer of the union.")
    @RequestBody(required = true, description = STATEMENT, content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "201", description = "New lines were imported", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementAnswer.class)))
    @APIResponse(responseCode = "200", description = "Nothing new: every line was imported before", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementAnswer.class)))
    public Response importStatement(@PathParam("union") String union, @QueryParam("fund") String fund,
                                    InputStream statement) {
        StatementPreview done = contributions.importStatement(actor, union, fund, statement);
        return Response.status(done.newLines() > 0 ? Response.Status.CREATED : Response.Status.OK)
                .entity(StatementAnswer.of(done)).build();
    }
}
