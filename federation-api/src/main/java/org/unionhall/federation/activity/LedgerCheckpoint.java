package org.unionhall.federation.activity;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionhall.federation.json.Fields;
import org.unionhall.federation.json.JsonFormatException;

/**
 * A union's periodic, signed summary of one ledger's hash chain, sent to federation peers so that
 * a rewritten history is seen: how many transfers, the chain's head hash, the trial balance (total
 * debits and credits in minor units, always equal), the previous checkpoint's hash (none for the
 * first) and when it was signed.
 */
public record LedgerCheckpoint(URI id, URI union, URI ledger, String currency, long transferCount, String headHash,
        TrialBalance trialBalance, Optional<String> previousCheckpoint, Instant signedAt) implements FederationObject {

    public static final String TYPE = "LedgerCheckpoint";
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** The ledger's total debits and credits, in minor units of its currency; a balanced ledger has them equal. */
    public record TrialBalance(long debits, long credits) {

        public TrialBalance {
            Check.atLeast(debits, 0, "trialBalance.debits");
            Check.atLeast(credits, 0, "trialBalance.credits");
            if (debits != credits) {
                throw new JsonFormatException("`trialBalance` must balance: debits " + debits + " ≠ credits " + credits);
            }
        }
    }

    public LedgerCheckpoint {
        Check.present(id, "id");
        Check.present(union, "attributedTo");
        Check.present(ledger, "ledger");
        Check.present(currency, "currency");
        if (!CURRENCY.matcher(currency).matches()) {
            throw new JsonFormatException("`currency` must be an ISO 4217 code such as EUR");
        }
        Check.atLeast(transferCount, 0, "transferCount");
        Check.sha256Hex(headHash, "headHash");
        Check.present(trialBalance, "trialBalance");
        Check.present(previousCheckpoint, "previousCheckpoint").ifPresent(h -> Check.sha256Hex(h, "previousCheckpoint"));
        Check.present(signedAt, "signedAt");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<URI> owner() {
        return Optional.of(union);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode node = Json.node(id, TYPE);
        Json.put(node, "attributedTo", union);
        Json.put(node, "ledger", ledger);
        node.put("currency", currency);
        node.put("transferCount", transferCount);
        node.put("headHash", headHash);
        node.putObject("trialBalance").put("debits", trialBalance.debits()).put("credits", trialBalance.credits());
        previousCheckpoint.ifPresent(h -> node.put("previousCheckpoint", h));
        Json.put(node, "signedAt", signedAt);
        return node;
    }

    static LedgerCheckpoint fromJson(Fields f) {
        Fields balance = Fields.of(f.object("trialBalance"), f.path("trialBalance"));
        return new LedgerCheckpoint(f.uri("id"), f.uri("attributedTo"), f.uri("ledger"), f.string("currency"),
                f.integer("transferCount"), f.string("headHash"),
                new TrialBalance(balance.integer("debits"), balance.integer("credits")),
                f.optionalString("previousCheckpoint"), f.instant("signedAt"));
    }
}
