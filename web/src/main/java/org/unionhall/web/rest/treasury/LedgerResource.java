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
import java.util.Currency;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.treasury.CheckpointView;
import org.unionhall.application.treasury.LedgerAccountView;
import org.unionhall.application.treasury.RecordedTransfers;
import org.unionhall.application.treasury.TreasuryLedgerService;
import org.unionhall.web.rest.QueryValues;
import org.unionhall.web.rest.treasury.LedgerAnswers.AccountAnswer;
import org.unionhall.web.rest.treasury.LedgerAnswers.LedgerAnswer;
import org.unionhall.web.rest.treasury.LedgerAnswers.TransferAnswer;
import org.unionhall.web.rest.treasury.LedgerAnswers.TransferPage;
import org.unionhall.web.rest.treasury.LedgerAnswers.TransfersAnswer;
import org.unionhall.web.rest.treasury.LedgerAnswers.VerifyAnswer;
import org.unionhall.web.rest.treasury.LedgerBodies.AccountBody;
import org.unionhall.web.rest.treasury.LedgerBodies.OpenBody;
import org.unionhall.web.rest.treasury.LedgerBodies.TransfersBody;

/** A union's ledger (docs/ledger.md): its treasurers record, its members read, check and export. */
@Path("unions/{union}/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Treasury", description = "The union's double-entry ledger: balances, transfers, verification, signed "
        + "checkpoints and exports")
public class LedgerResource {
    static final String CSV = "text/csv";

    @Inject
    TreasuryLedgerService treasury;

    @Inject
    Actor actor;

    /** The ledger with every account's balances. */
    @GET
    @Operation(summary = "The union's ledger", description = "Every account (funds, the bank account, contributors, "
            + "payees) with its balance, what it can still spend and its four running sums, as decimal strings "
            + "in the ledger's currency. Members of the union. 404 while the union has no ledger.")
    public LedgerAnswer ledger(@PathParam("union") String union) {
        return LedgerAnswer.of(treasury.ledger(actor, union));
    }

    /** A treasurer opens the ledger. */
    @POST
    @Operation(summary = "Open the ledger", description = "In one ISO 4217 currency with minor units, with the funds "
            + "Moderation Labour, Legal Defence and General and the bank account. A treasurer of the union; 409 "
            + "when it has a ledger already.")
    @APIResponse(responseCode = "201", description = "The new ledger",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LedgerAnswer.class)))
    public Response open(@PathParam("union") String union, OpenBody body) {
        OpenBody b = OpenBody.checked(body);
        return Response.status(Response.Status.CREATED).entity(LedgerAnswer.of(treasury.open(actor, union,
                b.currency()))).build();
    }

    /** A treasurer opens an account. */
    @POST
    @Path("accounts")
    @Operation(summary = "Open an account", description = "A fund, a contributor or a payee, with a name unique in "
            + "the ledger (409 when taken). A treasurer of the union.")
    @APIResponse(responseCode = "201", description = "The new account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountAnswer.class)))
    public Response openAccount(@PathParam("union") String union, AccountBody body) {
        AccountBody b = AccountBody.checked(body);
        LedgerAccountView account = treasury.openAccount(actor, union, b.kind(), b.name());
        return Response.status(Response.Status.CREATED).entity(AccountAnswer.of(account, currency(union))).build();
    }

    /** A treasurer records linked transfers. */
    @POST
    @Path("transfers")
    @Operation(summary = "Record transfers", description = "Linked transfers, all or none: posted, reserved "
            + "(PENDING), a reservation posted in full or in part or voided, or a reversal (POSTED naming what it "
            + "corrects). Amounts are decimal strings in the ledger's currency. 201 with the rows written; a retry "
            + "of a whole batch with the same ids and details answers 200 with the rows first written and writes "
            + "nothing. 409 when a rule refuses a transfer (an overdraft counting reservations, a reservation "
            + "resolved already, an id used with other details), naming it; nothing is written then. A treasurer "
            + "of the union.")
    @APIResponse(responseCode = "201", description = "The rows written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransfersAnswer.class)))
    @APIResponse(responseCode = "200", description = "A retry: the rows first written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransfersAnswer.class)))
    public Response record(@PathParam("union") String union, TransfersBody body) {
        TransfersBody b = TransfersBody.checked(body);
        Currency currency = currency(union);
        RecordedTransfers recorded = treasury.recordBatch(actor, union, b.orders(currency));
        TransfersAnswer answer = new TransfersAnswer(recorded.retry(), recorded.transfers().stream()
                .map(t -> TransferAnswer.of(t, currency)).toList());
        return Response.status(recorded.retry() ? Response.Status.OK : Response.Status.CREATED).entity(answer).build();
    }

    /** The rows, newest first. */
    @GET
    @Path("transfers")
    @Operation(summary = "The ledger's transfers", description = "Its rows, newest first (?page=&size=), each with "
            + "everything its hash covers. Members of the union.")
    public TransferPage transfers(@PathParam("union") String union,
                                  @QueryParam("page") @DefaultValue("0") @Parameter(ref = "page") String page,
                                  @QueryParam("size") @DefaultValue("50") @Parameter(ref = "size") String size) {
        int pageNumber = QueryValues.page(page);
        int pageSize = QueryValues.wholeInt("size", size);
        Currency currency = currency(union);
        return TransferPage.of(treasury.transfers(actor, union, pageNumber, pageSize), currency);
    }

    /** Re-verifies the books. */
    @GET
    @Path("verify")
    @Operation(summary = "Verify the ledger", description = "Re-reads every row: the hash chain, two-phase and "
            + "reversal rules, limits, balances, debits equal credits, signed checkpoints; the report lists each "
            + "check by label (L1–L10) and everything found wrong. Members of the union.")
    public VerifyAnswer verify(@PathParam("union") String union) {
        return VerifyAnswer.of(treasury.verify(actor, union));
    }

    /** The signed checkpoints. */
    @GET
    @Path("checkpoints")
    @Operation(summary = "Signed checkpoints", description = "Oldest first, each with the signed statement's bytes, "
            + "the installation's Ed25519 public key and the signature in hex. Members of the union.")
    public List<CheckpointView> checkpoints(@PathParam("union") String union) {
        return treasury.checkpoints(actor, union);
    }

    /** A treasurer signs a checkpoint now. */
    @POST
    @Path("checkpoints")
    @Operation(summary = "Sign a checkpoint", description = "States the ledger's head and trial balance now, signed "
            + "with the installation's key. A treasurer of the union.")
    @APIResponse(responseCode = "201", description = "The checkpoint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckpointView.class)))
    public Response checkpoint(@PathParam("union") String union) {
        return Response.status(Response.Status.CREATED).entity(treasury.checkpoint(actor, union)).build();
    }

    /** The ledger as an hledger journal. */
    @GET
    @Path("export.journal")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Export as an hledger journal", description = "A download: moved money as cleared (*) "
            + "transactions, open reservations as pending (!) ones, each transfer's id as the tag id:, so that "
            + "`hledger balance -C` reports the ledger's balances (docs/ledger.md, \"Exports\"). Members of the union.")
    @APIResponse(responseCode = "200", description = "The journal", content = @Content(mediaType = MediaType.TEXT_PLAIN))
    public Response journal(@PathParam("union") String union) {
        return download(treasury.journal(actor, union), MediaType.TEXT_PLAIN, union + "-ledger.journal");
    }

    /** The ledger as CSV. */
    @GET
    @Path("export.csv")
    @Produces(CSV)
    @Operation(summary = "Export as CSV", description = "A download, one line per row: sequence, id, time, kind, "
            + "debit account, credit account, amount, currency, pending id, corrects id, reference, hash "
            + "(docs/ledger.md, \"Exports\"). Members of the union.")
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CSV))
    public Response csv(@PathParam("union") String union) {
        return download(treasury.csv(actor, union), CSV, union + "-ledger.csv");
    }

    private static Response download(String text, String type, String name) {
        return Response.ok(text, type + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"").build();
    }

    /** The ledger's currency, which amounts are read and written in; reading it requires a member. */
    private Currency currency(String union) {
        return Currency.getInstance(treasury.ledger(actor, union).currency());
    }
}
