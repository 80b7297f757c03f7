package org.unionhall.web.rest.election;

import static org.unionhall.web.rest.election.ElectionAnswers.JSON;
import static org.unionhall.web.rest.election.ElectionAnswers.id;
import static org.unionhall.web.rest.election.ElectionAnswers.parse;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.election.BoardLineView;
import org.unionhall.application.election.ElectionService;
import org.unionhall.application.election.ElectionSummary;
import org.unionhall.application.election.ElectionView;
import org.unionhall.application.election.ReceiptVerdict;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.web.rest.QueryValues;
import org.unionhall.web.security.CurrentActor;

/**
 * Following and checking an election (protocol §8.8, §11.4): one election, the elections of a
 * union, the bulletin board, and the judgement of a receipt. All but the list of a union's
 * elections are open to anyone, without signing in.
 */
@Path("elections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ElectionAnswers.TAG, description = ElectionAnswers.TAG_DESCRIPTION)
public class ElectionQueryResource {

    @Inject
    ElectionService elections;

    @Inject
    CurrentActor current;

    /** The public view of one election with the caller's status. */
    @GET
    @Path("{id}")
    @Operation(summary = "One election", description = "Anyone, without signing in. Title, phase, times, scope, "
            + "election.json and (once voting opened) context.json as in the record, trustees, roll and board size. "
            + "The union's members and stewards also get the trustees' names and member ids; every signed-in caller "
            + "gets `me`, their own status; a visitor gets neither.")
    public JsonObject view(@PathParam("id") String id) {
        Optional<Actor> caller = current.caller();
        ElectionView view = elections.view(caller, id(id));
        return caller.isPresent() ? ElectionAnswers.view(view) : ElectionAnswers.publicView(view);
    }

    /** Elections of a union or chapter. */
    @GET
    @Operation(summary = "Elections of a union or chapter", description = "Newest first. The union's members "
            + "and stewards only (401 for a visitor, 403 for anyone else): what a union votes on is its members' "
            + "business; anyone with an election's address may still check that election.")
    public List<ElectionSummary> list(@QueryParam("scope") @Parameter(description = "Union or chapter slug",
            required = true) String scope) {
        return elections.elections(ElectionAnswers.signedIn(current), scope);
    }

    /** Board entries in record form. */
    @GET
    @Path("{id}/board")
    @Operation(summary = "Bulletin board", description = "Anyone, without signing in. Entries (lines of "
            + "board.ndjson: encrypted ballots signed by a voting key, never a member's name) from sequence number "
            + "`from` on, at most `limit` (≤ 1000); or the one entry with tracking code `code`.")
    public JsonObject board(@PathParam("id") String id,
                            @QueryParam("from") @DefaultValue("1") @Parameter(description = "The first sequence number",
                                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String from,
                            @QueryParam("limit") @DefaultValue("1000") @Parameter(description = "At most this many "
                                    + "entries, up to 1000", schema = @Schema(type = SchemaType.INTEGER)) String limit,
                            @QueryParam("code") String code) {
        ElectionId election = id(id);
        List<BoardLineView> lines = code == null || code.isBlank()
                ? elections.board(election, QueryValues.wholeLong("from", from), QueryValues.wholeInt("limit", limit))
                : elections.findOnBoard(election, code).map(List::of).orElse(List.of());
        JsonArrayBuilder entries = JSON.createArrayBuilder();
        lines.forEach(l -> entries.add(parse(l.json())));
        return JSON.createObjectBuilder().add("entries", entries).build();
    }

    /** Checks a receipt against the board. */
    @GET
    @Path("{id}/receipt-check")
    @Operation(summary = "Check a receipt", description = "Anyone, without signing in (a GET, so visitors may call "
            + "it; a receipt is at most 1,024 characters). Judges the receipt of protocol §8.8 against the board as it "
            + "stands, as check V18 does (§11.4), looking up only the entries it names: `verdict` is `confirmed`, or "
            + "`other-election` or `forged` (not this election's server's receipt: it proves nothing against the "
            + "server), or `no-board-key` (a version 1 election), or a contradiction of the board by the server's own "
            + "signature: `missing`, `moved`, `fork`, `state-changed`. Text that is not a receipt: 422 with the reason.")
    @APIResponse(responseCode = "200", description = "{verdict, seq, code (as the booth shows it), state, foundAt "
            + "(moved, state-changed), reason (the failure in the protocol's words)}")
    @APIResponse(responseCode = "422", description = "Not a receipt, with the reason")
    public JsonObject checkReceipt(@PathParam("id") String id, @QueryParam("receipt") @Parameter(description =
            "The receipt's JSON text, URL-encoded", required = true) String receipt) {
        ReceiptVerdict v = elections.checkReceipt(id(id), receipt);
        if (v.outcome() == ReceiptVerdict.Outcome.UNREADABLE) {
            throw new InvalidInput("This is not a receipt: " + v.reason() + " (protocol §8.8).");
        }
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("verdict", v.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .add("seq", v.seq().orElseThrow()).add("code", v.code().orElseThrow())
                .add("state", v.state().orElseThrow()).add("reason", v.reason());
        v.foundAt().ifPresent(at -> json.add("foundAt", at));
        return json.build();
    }
}
