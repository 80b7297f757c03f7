package org.unionhall.web.rest.election;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.election.BallotReceipt;
import org.unionhall.application.election.BoardLineView;
import org.unionhall.application.election.CeremonyView;
import org.unionhall.application.election.ElectionService;
import org.unionhall.application.election.ElectionSummary;
import org.unionhall.application.election.ElectionView;
import org.unionhall.application.election.ProtocolMessages;
import org.unionhall.application.election.ReceiptVerdict;
import org.unionhall.application.election.ResultView;
import org.unionhall.application.election.SubmittedBallot;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.web.rest.Ids;
import org.unionhall.web.rest.QueryValues;
import org.unionhall.web.rest.election.ElectionBodies.BallotBody;
import org.unionhall.web.rest.election.ElectionBodies.ChallengeBody;
import org.unionhall.web.rest.election.ElectionBodies.CredentialBody;
import org.unionhall.web.rest.election.ElectionBodies.PrepareBody;
import org.unionhall.web.rest.election.ElectionBodies.SharesBody;
import org.unionhall.web.security.CurrentActor;

/**
 * Secret member ballots: what the booth and trustee pages call, and what anyone uses to follow
 * and check an election. Field encodings are those of {@code docs/protocol.md} §2.4 and §10:
 * ballots, ceremony messages and partial decryptions travel in their record form.
 *
 * <p>The paths, as agreed with the booth:
 * <ul>
 * <li>{@code GET /elections/{id}} — title, phase, times, scope, {@code election} (election.json),
 *     {@code context} (context.json, once open), trustees, roll and board size, {@code me}
 *     (eligible, registered, hasVoted, trusteeIndex, steward)</li>
 * <li>{@code POST /elections/{id}/credentials} {@code {"credential"}};
 *     {@code POST …/ballots} {@code {"ballot"}} → 201 {@code {seq, code}} (200 for a repeat);
 *     {@code POST …/challenges} {@code {"ballot","opening"}} → 201</li>
 * <li>{@code GET …/board?from=SEQ&code=CODE}; {@code GET …/receipt-check?receipt=TEXT}; {@code GET …/ceremony};
 *     {@code POST …/ceremony/announcement|shares|complaint}; {@code GET …/tally};
 *     {@code POST …/decryption}; {@code GET …/result}; {@code GET …/report};
 *     {@code GET …/record} (zip)</li>
 * <li>{@code POST /elections} (prepare), {@code POST …/open}, {@code POST …/close} (stewards)</li>
 * </ul>
 *
 * <p>Anyone may check an election without signing in: {@code GET /elections/{id}} (without the
 * trustees' names and without {@code me}), {@code …/board}, {@code …/receipt-check}, {@code …/tally}, {@code …/result},
 * {@code …/report} and {@code …/record} are open to visitors (web.xml). The list of a union's
 * elections and the ceremony messages stay member-only; every change needs a signed-in member.
 * A new {@code GET} here is open to visitors too, unless it calls {@code signedIn()}.
 */
@Path("elections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Elections", description = "Secret, verifiable member ballots: key ceremony, registration, ballots, "
        + "bulletin board, tally, decryption, result and election record")
public class ElectionResource {
    /**
     * Looked up once: {@code Json.createObjectBuilder()} finds the provider through the service loader on
     * every call, which under load serialises request threads on the class loader.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    ElectionService elections;

    @Inject
    CurrentActor current;

    private Optional<Actor> caller() {
        return current.caller();
    }

    private Actor actor() {
        return current.actor();
    }

    /**
     * For the few reads that stay member-only on paths anyone may GET (see web.xml): a visitor gets
     * 401, as the container answers on every other member-only address.
     */
    private Actor signedIn() {
        return caller().orElseThrow(() -> new NotAuthorizedException("Basic realm=\"Unionhall\", charset=\"UTF-8\""));
    }

    private static ElectionId id(String value) {
        return Ids.fromPath(value, ElectionId::of, "election");
    }

    // ---- reading ---------------------------------------------------------------------------------

    /** The public view of one election with the caller's status. */
    @GET
    @Path("{id}")
    @Operation(summary = "One election", description = "Anyone, without signing in. Title, phase, times, scope, "
            + "election.json and (once voting opened) context.json as in the record, trustees, roll and board size. "
            + "The union's members and stewards also get the trustees' names and member ids; every signed-in caller "
            + "gets `me`, their own status; a visitor gets neither.")
    public JsonObject view(@PathParam("id") String id) {
        Optional<Actor> caller = caller();
        ElectionView view = elections.view(caller, id(id));
        return caller.isPresent() ? viewJson(view) : publicViewJson(view);
    }

    /** Elections of a union or chapter. */
    @GET
    @Operation(summary = "Elections of a union or chapter", description = "Newest first. The union's members "
            + "and stewards only (401 for a visitor, 403 for anyone else): what a union votes on is its members' "
            + "business; anyone with an election's address may still check that election.")
    public List<ElectionSummary> list(@QueryParam("scope") @Parameter(description = "Union or chapter slug",
            required = true) String scope) {
        return elections.elections(signedIn(), scope);
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
                .add("verdict", v.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .add("seq", v.seq().orElseThrow()).add("code", v.code().orElseThrow())
                .add("state", v.state().orElseThrow()).add("reason", v.reason());
        v.foundAt().ifPresent(at -> json.add("foundAt", at));
        return json.build();
    }

    /** The ceremony messages of the current round. */
    @GET
    @Path("{id}/ceremony")
    @Operation(summary = "Key ceremony messages", description = "The union's members and stewards (401 for a "
            + "visitor, 403 for anyone else): the trustees' working channel. Announcements and encrypted shares of the current round in their ceremony.json form, "
            + "and the verdict on every complaint so far; anyone gets the finished ceremony in the record.")
    public JsonObject ceremony(@PathParam("id") String id) {
        CeremonyView c = elections.ceremony(signedIn(), id(id));
        JsonArrayBuilder announcements = JSON.createArrayBuilder();
        c.announcements().forEach(a -> announcements.add(parse(a)));
        JsonArrayBuilder shares = JSON.createArrayBuilder();
        c.shares().forEach(s -> shares.add(parse(s)));
        JsonArrayBuilder complaints = JSON.createArrayBuilder();
        c.complaints().forEach(complaints::add);
        return JSON.createObjectBuilder().add("round", c.round()).add("announcements", announcements)
                .add("shares", shares).add("complaints", complaints).build();
    }

    /** tally.json. */
    @GET
    @Path("{id}/tally")
    @Operation(summary = "Encrypted tally", description = "Anyone, without signing in. tally.json (§10.7), once "
            + "voting closed: what trustees decrypt.")
    public Response tally(@PathParam("id") String id) {
        return Response.ok(elections.tally(id(id)), MediaType.APPLICATION_JSON).build();
    }

    /** The result and its report. */
    @GET
    @Path("{id}/result")
    @Operation(summary = "Result", description = "Anyone, without signing in. Counts per option, turnout, eligible "
            + "members and the verification report, once published. Turnout and eligible members below five read "
            + "\"fewer than 5\" (the record's tally holds the exact number of ballots counted).")
    public ResultAnswer result(@PathParam("id") String id) {
        return ResultAnswer.of(elections.result(id(id)));
    }

    /** The verification report. */
    @GET
    @Path("{id}/report")
    @Operation(summary = "Verification report", description = "Anyone, without signing in. The checks V1–V16 of "
            + "protocol §11, run by the server on the published record.")
    public ResultView.ReportView report(@PathParam("id") String id) {
        return elections.result(id(id)).report().orElseThrow(() -> new NotFound(
                "This election's result is not published yet, so there is no verification report."));
    }

    /** The record as a zip. */
    @GET
    @Path("{id}/record")
    @Produces("application/zip")
    @Operation(summary = "Election record", description = "Anyone, without signing in. The record (protocol §10) as "
            + "a zip of its files at the top level, as far as the election has gone: voting keys, never names. Unzip "
            + "it and run `./unionhall verify FOLDER`.")
    @APIResponse(responseCode = "200", description = "The zip", content = @Content(mediaType = "application/zip"))
    public Response record(@PathParam("id") String id) {
        ElectionId election = id(id);
        return Response.ok(elections.recordZip(election), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"election-" + election + ".zip\"").build();
    }

    // ---- voters ----------------------------------------------------------------------------------

    /** Registers the caller's public voting key. */
    @POST
    @Path("{id}/credentials")
    @Operation(summary = "Register a voting key", description = "Eligible members, phase REGISTRATION, once: "
            + "{\"credential\": enc(X) in base64url}. The key is put on the roll without the member's id.")
    @APIResponse(responseCode = "204", description = "Registered")
    public Response register(@PathParam("id") String id, CredentialBody body) {
        elections.register(actor(), id(id), CredentialBody.checked(body));
        return Response.noContent().build();
    }

    /** Casts a ballot. */
    @POST
    @Path("{id}/ballots")
    @Operation(summary = "Cast a ballot", description = "{\"ballot\": the ballot object of §10.6}. Checked (binding, "
            + "shape, signature, proofs, roll, replay), appended to the board and stored before the answer. The same "
            + "ballot again answers the same entry with 200. After the close: 409.")
    @APIResponse(responseCode = "201", description = "Cast: {seq, code, receipt}; the receipt (protocol §8.8) is "
            + "signed with the election's board key and proves the board took this ballot at seq")
    public Response cast(@PathParam("id") String id, BallotBody body) {
        return receipt(elections.submit(actor(), id(id), SubmittedBallot.cast(BallotBody.checked(body))));
    }

    /** Posts a challenged ballot with its opening. */
    @POST
    @Path("{id}/challenges")
    @Operation(summary = "Challenge a ballot (Benaloh)", description = "{\"ballot\", \"opening\"} (§8.4): the ballot "
            + "is opened on the board, checked and never counted; encrypt again to vote.")
    @APIResponse(responseCode = "201", description = "Posted: {seq, code, receipt} (see casting)")
    public Response challenge(@PathParam("id") String id, ChallengeBody body) {
        return receipt(elections.submit(actor(), id(id), ChallengeBody.checked(body)));
    }

    private static Response receipt(BallotReceipt r) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("seq", r.seq()).add("code", r.code());
        r.signed().ifPresent(text -> {
            try (JsonReader reader = JSON.createReader(new StringReader(text))) {
                json.add("receipt", reader.readObject());
            }
        });
        return Response.status(r.firstTime() ? Response.Status.CREATED : Response.Status.OK).entity(json.build())
                .build();
    }

    // ---- trustees --------------------------------------------------------------------------------

    /** Message 1. */
    @POST
    @Path("{id}/ceremony/announcement")
    @Operation(summary = "Trustee announcement", description = "Named trustees, phase CEREMONY: message 1 (§6.2) "
            + "as an announcement object of ceremony.json.")
    @APIResponse(responseCode = "204", description = "Checked and kept")
    public Response announce(@PathParam("id") String id, JsonObject body) {
        elections.announce(actor(), id(id), ProtocolMessages.announcement(ElectionBodies.message(body)));
        return Response.noContent().build();
    }

    /** Message 2. */
    @POST
    @Path("{id}/ceremony/shares")
    @Operation(summary = "Encrypted shares", description = "Named trustees, phase CEREMONY, after every trustee "
            + "announced: {\"shares\": [one share object of ceremony.json for each other trustee]} (§6.3).")
    @APIResponse(responseCode = "204", description = "Kept")
    public Response shares(@PathParam("id") String id, SharesBody body) {
        elections.sendShares(actor(), id(id), ProtocolMessages.shares(SharesBody.checked(body)));
        return Response.noContent().build();
    }

    /** Message 3. */
    @POST
    @Path("{id}/ceremony/complaint")
    @Operation(summary = "Complaint about a share", description = "The recipient of a wrong share: {from, to, "
            + "sharedSecret, proof} (§6.4). Judged at once; the trustee at fault is excluded and the ceremony restarts "
            + "without them, or the election is cancelled if fewer than the threshold remain.")
    @APIResponse(responseCode = "200", description = "{\"verdict\": who was at fault, in words}")
    public JsonObject complain(@PathParam("id") String id, JsonObject body) {
        return JSON.createObjectBuilder().add("verdict", elections.complain(actor(), id(id),
                ProtocolMessages.complaint(ElectionBodies.message(body)))).build();
    }

    /** Message 4. */
    @POST
    @Path("{id}/decryption")
    @Operation(summary = "Partial decryption", description = "Named trustees, phase CLOSED: {partials, trustee} as "
            + "in decryption.json (§6.6, §10.8). When the threshold is reached the result is published.")
    @APIResponse(responseCode = "204", description = "Checked and kept")
    public Response decrypt(@PathParam("id") String id, JsonObject body) {
        elections.decrypt(actor(), id(id), ProtocolMessages.decryption(ElectionBodies.message(body)));
        return Response.noContent().build();
    }

    // ---- stewards --------------------------------------------------------------------------------

    /** Prepares an election. */
    @POST
    @Operation(summary = "Prepare a secret ballot", description = "Stewards of the scope: {subjectKind "
            + "(MOTION or OFFICER_ELECTION), subjectId, title, scope (union or chapter slug), contests: [{id, question, "
            + "method, options, min, max, range}] (1 to 20 questions of at most 50 options), trustees: [member ids], "
            + "threshold, opensAt, closesAt (ISO-8601)}. Members call a secret ballot by proposing a motion: motions "
            + "get theirs from the motion workflow.")
    @APIResponse(responseCode = "201", description = "{\"id\"}")
    public Response prepare(PrepareBody body) {
        ElectionId id = elections.prepare(actor(), PrepareBody.checked(body));
        return Response.status(Response.Status.CREATED).entity(JSON.createObjectBuilder().add("id", id.toString())
                .build()).build();
    }

    /** Opens voting now. */
    @POST
    @Path("{id}/open")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Open voting now", description = "Stewards of the scope, phase REGISTRATION: freezes the "
            + "roll and fixes the election context.")
    public JsonObject open(@PathParam("id") String id) {
        return viewJson(elections.open(actor(), id(id)));
    }

    /** Closes voting now. */
    @POST
    @Path("{id}/close")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Close voting now", description = "Stewards of the scope, phase OPEN: fixes the weighted "
            + "encrypted tally for the trustees.")
    public JsonObject close(@PathParam("id") String id) {
        return viewJson(elections.close(actor(), id(id)));
    }

    // ---- JSON at the edge ------------------------------------------------------------------------

    /** What a visitor sees: the election without the trustees' identities and without {@code me}. */
    static JsonObject publicViewJson(ElectionView v) {
        JsonObject full = viewJson(v);
        JsonArrayBuilder trustees = JSON.createArrayBuilder();
        full.getJsonArray("trustees").forEach(t -> {
            JsonObjectBuilder anonymous = JSON.createObjectBuilder(t.asJsonObject());
            anonymous.remove("memberId");
            anonymous.remove("displayName");
            trustees.add(anonymous);
        });
        JsonObjectBuilder o = JSON.createObjectBuilder(full).add("trustees", trustees);
        o.remove("me");
        return o.build();
    }

    static JsonObject viewJson(ElectionView v) {
        JsonObjectBuilder me = JSON.createObjectBuilder().add("signedIn", v.me().signedIn())
                .add("eligible", v.me().eligible()).add("registered", v.me().registered())
                .add("hasVoted", v.me().hasVoted()).add("steward", v.me().steward());
        v.me().trusteeIndex().ifPresent(i -> me.add("trusteeIndex", i));
        JsonArrayBuilder trustees = JSON.createArrayBuilder();
        v.trustees().forEach(t -> trustees.add(JSON.createObjectBuilder().add("index", t.index())
                .add("memberId", t.memberId()).add("displayName", t.displayName()).add("announced", t.announced())
                .add("sharesSent", t.sharesSent()).add("decrypted", t.decrypted())));
        JsonObjectBuilder o = JSON.createObjectBuilder().add("id", v.id()).add("title", v.title())
                .add("subjectKind", v.subjectKind().name()).add("subjectId", v.subjectId())
                .add("phase", v.phase().name()).add("opensAt", v.opensAt().toString())
                .add("closesAt", v.closesAt().toString())
                .add("scope", JSON.createObjectBuilder().add("kind", v.scopeKind().name()).add("slug", v.scopeSlug())
                        .add("name", v.scopeName()))
                .add("election", parse(v.electionJson())).add("ceremonyRound", v.ceremonyRound())
                .add("trustees", trustees).add("threshold", v.threshold()).add("rollSize", v.rollSize())
                .add("boardSize", v.boardSize()).add("me", me);
        v.contextJson().ifPresent(c -> o.add("context", parse(c)));
        v.eligibleCount().ifPresent(c -> o.add("eligibleCount", c));
        return o.build();
    }

    private static JsonValue parse(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
