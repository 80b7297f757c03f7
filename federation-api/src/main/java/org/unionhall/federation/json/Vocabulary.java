package org.unionhall.federation.json;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one place where the federation's JSON-LD context and Unionhall's own terms are written
 * down. Every term of ours lives under {@link #NAMESPACE} with the prefix {@link #PREFIX}; the
 * context is a fixed value, never fetched. A received document is accepted when its
 * {@code @context} names the ActivityStreams context (alone or in an array).
 *
 * <table>
 * <caption>Unionhall terms</caption>
 * <tr><th>term</th><th>meaning</th></tr>
 * <tr><td>{@code Motion}</td><td>a motion before a federation's assembly</td></tr>
 * <tr><td>{@code RollCallVote}</td><td>a delegate's public, weighted vote on a motion</td></tr>
 * <tr><td>{@code CertifiedMembershipCount}</td><td>a chapter's member count, certified by its union</td></tr>
 * <tr><td>{@code ElectionRecordAnnouncement}</td><td>where an election record is and its SHA-256</td></tr>
 * <tr><td>{@code LedgerCheckpoint}</td><td>a signed summary of a ledger's hash chain</td></tr>
 * <tr><td>{@code AssemblyResult}</td><td>the weights per option of a motion after the roll call</td></tr>
 * <tr><td>{@code motion}, {@code delegate}, {@code chapter}</td>
 *     <td>links (ids) to a motion, a delegate and a chapter; the union or federation that publishes
 *     a record is its {@code attributedTo}</td></tr>
 * <tr><td>{@code opens}, {@code closes}, {@code asOf}, {@code signedAt}</td><td>moments (xsd:dateTime)</td></tr>
 * <tr><td>{@code options}, {@code choice}, {@code weight}, {@code weights}, {@code memberCount}</td>
 *     <td>a motion's options, a vote's choice and weight, the weights per option, a count</td></tr>
 * <tr><td>{@code election}, {@code record}, {@code recordSha256}, {@code resultSummary}</td>
 *     <td>an election id, its record's URL and digest, the result in words</td></tr>
 * <tr><td>{@code ledger}, {@code currency}, {@code transferCount}, {@code headHash},
 *     {@code trialBalance} ({@code debits}, {@code credits}), {@code previousCheckpoint},
 *     {@code rollCallDigest}</td>
 *     <td>a ledger's id and currency, its length, chain head, total debits and credits, the previous
 *     checkpoint's hash, the digest of a roll call</td></tr>
 * </table>
 */
public final class Vocabulary {

    /** The ActivityStreams 2.0 context. */
    public static final String ACTIVITY_STREAMS = "https://www.w3.org/ns/activitystreams";
    /** The security vocabulary (publicKey, publicKeyPem) that Mastodon's HTTP signatures use. */
    public static final String SECURITY_V1 = "https://w3id.org/security/v1";
    /** The Data Integrity context (DataIntegrityProof, Multikey, assertionMethod). */
    public static final String DATA_INTEGRITY_V1 = "https://w3id.org/security/data-integrity/v1";
    /** The namespace of Unionhall's own terms. */
    public static final String NAMESPACE = "https://unionhall.org/ns#";
    /** The prefix that stands for {@link #NAMESPACE} in the context. */
    public static final String PREFIX = "uh";
    /** The public audience of ActivityPub. */
    public static final URI PUBLIC = URI.create(ACTIVITY_STREAMS + "#Public");

    /** Our terms; a {@code true} value marks a term whose value is an id ({@code @type: @id}). */
    private static final Map<String, Boolean> TERMS = Map.ofEntries(
            Map.entry("Motion", false), Map.entry("RollCallVote", false),
            Map.entry("CertifiedMembershipCount", false), Map.entry("ElectionRecordAnnouncement", false),
            Map.entry("LedgerCheckpoint", false), Map.entry("AssemblyResult", false),
            Map.entry("motion", true), Map.entry("delegate", true),
            Map.entry("chapter", true), Map.entry("election", true),
            Map.entry("record", true), Map.entry("ledger", true),
            Map.entry("opens", false), Map.entry("closes", false), Map.entry("asOf", false),
            Map.entry("signedAt", false), Map.entry("options", false), Map.entry("choice", false),
            Map.entry("weight", false), Map.entry("weights", false), Map.entry("memberCount", false),
            Map.entry("recordSha256", false), Map.entry("resultSummary", false),
            Map.entry("currency", false), Map.entry("transferCount", false), Map.entry("headHash", false),
            Map.entry("trialBalance", false), Map.entry("debits", false), Map.entry("credits", false),
            Map.entry("previousCheckpoint", false),
            Map.entry("rollCallDigest", false));

    private static final List<String> SHARED = List.of(ACTIVITY_STREAMS, SECURITY_V1, DATA_INTEGRITY_V1);

    private Vocabulary() {
    }

    /** The {@code @context} we write: the three shared contexts and our terms. */
    public static ArrayNode context() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode context = f.arrayNode();
        SHARED.forEach(context::add);
        ObjectNode ours = context.addObject();
        ours.put(PREFIX, NAMESPACE);
        TERMS.keySet().stream().sorted().forEach(term -> {
            if (TERMS.get(term)) {
                ours.putObject(term).put("@id", PREFIX + ":" + term).put("@type", "@id");
            } else {
                ours.put(term, PREFIX + ":" + term);
            }
        });
        return context;
    }

    /** Whether a received {@code @context} names ActivityStreams; anything else in it is ignored. */
    public static boolean acceptsContext(JsonNode context) {
        if (context == null) {
            return false;
        }
        if (context.isTextual()) {
            return ACTIVITY_STREAMS.equals(context.asText());
        }
        if (context.isArray()) {
            for (JsonNode entry : context) {
                if (entry.isTextual() && ACTIVITY_STREAMS.equals(entry.asText())) {
                    return true;
                }
            }
        }
        return false;
    }
}
