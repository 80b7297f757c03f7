package org.unionhall.federation.proof;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionhall.federation.json.Fields;
import org.unionhall.federation.json.JsonFormatException;

/**
 * A Data Integrity proof (VC Data Integrity §2.1) as FEP-8b32 uses it: type
 * {@code DataIntegrityProof}, cryptosuite {@code eddsa-jcs-2022}, purpose
 * {@code assertionMethod}, the verification method (a Multikey's id), when it was created and the
 * signature as {@code z}-prefixed base58btc. This is the read view of a received proof; the exact
 * JSON that was signed stays in the document and is what {@link EddsaJcs2022} checks.
 */
public record DataIntegrityProof(URI verificationMethod, Instant created, String proofValue) {

    public static final String TYPE = "DataIntegrityProof";
    public static final String CRYPTOSUITE = "eddsa-jcs-2022";
    public static final String PURPOSE = "assertionMethod";

    public DataIntegrityProof {
        Objects.requireNonNull(verificationMethod, "verificationMethod");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(proofValue, "proofValue");
    }

    /** Reads a proof, refusing any other type, cryptosuite or purpose. */
    public static DataIntegrityProof fromJson(ObjectNode node) {
        Fields f = Fields.of(node, "proof");
        f.requireType(TYPE);
        expect(f, "cryptosuite", CRYPTOSUITE);
        expect(f, "proofPurpose", PURPOSE);
        return new DataIntegrityProof(method(f), f.instant("created"), f.string("proofValue"));
    }

    /** An https URL or a DID URL (FEP-8b32 allows both). */
    private static URI method(Fields f) {
        try {
            URI uri = new URI(f.string("verificationMethod"));
            if (uri.isAbsolute()) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw f.wrong("verificationMethod", "an absolute URI");
    }

    private static void expect(Fields f, String field, String value) {
        String actual = f.string(field);
        if (!actual.equals(value)) {
            throw new JsonFormatException("`proof." + field + "` must be " + value + ", not " + actual);
        }
    }
}
