package org.unionhall.web.rest.election;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.unionhall.application.Actor;
import org.unionhall.application.election.BallotReceipt;
import org.unionhall.application.election.ElectionView;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.web.rest.Ids;
import org.unionhall.web.security.CurrentActor;

/**
 * What the elections API's resources share at the edge: the election id of the path, the caller
 * of a member-only read on an address anyone may GET, and the JSON answers built from the
 * service's views (records of the protocol travel as they are written in the record).
 */
final class ElectionAnswers {
    /**
     * Looked up once: {@code Json.createObjectBuilder()} finds the provider through the service loader on
     * every call, which under load serialises request threads on the class loader.
     */
    static final JsonProvider JSON = JsonProvider.provider();

    /** The one OpenAPI tag of every election resource, so that {@code /openapi} lists them together. */
    static final String TAG = "Elections";

    static final String TAG_DESCRIPTION = "Secret, verifiable member ballots: key ceremony, registration, ballots, "
            + "bulletin board, tally, decryption, result and election record";

    private ElectionAnswers() {
    }

    static ElectionId id(String value) {
        return Ids.fromPath(value, ElectionId::of, "election");
    }

    /**
     * For the few reads that stay member-only on paths anyone may GET (see web.xml): a visitor gets
     * 401, as the container answers on every other member-only address.
     */
    static Actor signedIn(CurrentActor current) {
        return current.caller().orElseThrow(() -> new NotAuthorizedException("Basic realm=\"Unionhall\", "
                + "charset=\"UTF-8\""));
    }

    /** A ballot's place on the board: 201 the first time, 200 for the same ballot again. */
    static Response receipt(BallotReceipt r) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("seq", r.seq()).add("code", r.code());
        r.signed().ifPresent(text -> {
            try (JsonReader reader = JSON.createReader(new StringReader(text))) {
                json.add("receipt", reader.readObject());
            }
        });
        return Response.status(r.firstTime() ? Response.Status.CREATED : Response.Status.OK).entity(json.build())
                .build();
    }

    /** What a visitor sees: the election without the trustees' identities and without {@code me}. */
    static JsonObject publicView(ElectionView v) {
        JsonObject full = view(v);
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

    /** The election as a signed-in caller sees it, with {@code me}. */
    static JsonObject view(ElectionView v) {
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

    /** A record file's JSON text as a value of the answer. */
    static JsonValue parse(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
