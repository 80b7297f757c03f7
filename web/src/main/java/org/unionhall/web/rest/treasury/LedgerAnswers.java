package org.unionhall.web.rest.treasury;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.unionhall.application.Page;
import org.unionhall.application.treasury.LedgerAccountView;
import org.unionhall.application.treasury.LedgerView;
import org.unionhall.application.treasury.TransferView;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.Amount;
import org.unionhall.domain.treasury.LedgerFinding;
import org.unionhall.domain.treasury.LedgerReport;
import org.unionhall.domain.treasury.TransferKind;

/**
 * What the ledger API answers: the service's views with every amount written as a decimal string
 * of the ledger's currency ({@code "1250.00"}, {@code "-3.00"}), never as a JSON number, so that
 * no client reads money into a floating-point number.
 */
public final class LedgerAnswers {

    private LedgerAnswers() {
    }

    /**
     * A union's ledger with every account's balances.
     *
     * @param currency the ISO 4217 code every amount is in
     * @param transferCount how many rows it holds
     * @param headHash the hash of its last row (64 zeros while empty)
     */
    public record LedgerAnswer(String id, String union, String unionName, String currency, long transferCount,
                               String headHash, List<AccountAnswer> accounts) {
        static LedgerAnswer of(LedgerView v) {
            Currency currency = Currency.getInstance(v.currency());
            return new LedgerAnswer(v.id(), v.unionSlug(), v.unionName(), v.currency(), v.transferCount(),
                    v.headHash(), v.accounts().stream().map(a -> AccountAnswer.of(a, currency)).toList());
        }
    }

    /**
     * One account.
     *
     * @param balance the posted balance on the account's normal side (what a fund holds)
     * @param available what is left once reservations are counted (what a fund can spend)
     * @param debitsPending reserved against it, not yet posted
     * @param creditsPending reserved for it, not yet posted
     */
    public record AccountAnswer(String id, AccountKind kind, String name, String balance, String available,
                                String debitsPending, String debitsPosted, String creditsPending,
                                String creditsPosted) {
        static AccountAnswer of(LedgerAccountView a, Currency currency) {
            var b = a.balances();
            return new AccountAnswer(a.id(), a.kind(), a.name(), decimal(a.balance(), currency),
                    decimal(a.available(), currency), decimal(b.debitsPending(), currency),
                    decimal(b.debitsPosted(), currency), decimal(b.creditsPending(), currency),
                    decimal(b.creditsPosted(), currency));
        }
    }

    /**
     * One row of the ledger, with everything its hash covers (docs/ledger.md, "Row encoding").
     *
     * @param amount moved, reserved or released, as a decimal string
     * @param pendingId for a post, void or expiry: the reservation it resolves
     * @param correctsId for a reversal: the transfer it corrects
     */
    public record TransferAnswer(String id, long sequence, TransferKind kind, String debit, String debitName,
                                 String credit, String creditName, String amount, String currency, String pendingId,
                                 String correctsId, Long timeoutSeconds, Instant expiresAt, boolean linked,
                                 String reference, Instant recordedAt, String previousHash, String hash) {
        static TransferAnswer of(TransferView t, Currency currency) {
            return new TransferAnswer(t.id(), t.sequence(), t.kind(), t.debitAccountId(), t.debitAccountName(),
                    t.creditAccountId(), t.creditAccountName(), decimal(t.amount(), currency),
                    currency.getCurrencyCode(), t.pendingId().orElse(null), t.correctsId().orElse(null),
                    t.timeoutSeconds().orElse(null), t.expiresAt().orElse(null), t.linked(), t.reference(),
                    t.recordedAt(), t.previousHash(), t.hash());
        }
    }

    /**
     * What a batch came to.
     *
     * @param retry whether it was recorded before with the same details, so that nothing was written now
     */
    public record TransfersAnswer(boolean retry, List<TransferAnswer> transfers) {
    }

    /** A page of rows, newest first. */
    public record TransferPage(List<TransferAnswer> items, int page, int size, long total) {
        static TransferPage of(Page<TransferView> p, Currency currency) {
            return new TransferPage(p.items().stream().map(t -> TransferAnswer.of(t, currency)).toList(), p.page(),
                    p.size(), p.total());
        }
    }

    /**
     * The verification of a ledger (docs/ledger.md, "Verifying").
     *
     * @param sound whether nothing was found wrong
     * @param checks every check that ran, by label
     * @param findings what was found wrong, each with its check's label
     * @param moreFindings whether more was wrong than the findings list
     */
    public record VerifyAnswer(String ledgerId, boolean sound, long transfersChecked, int checkpointsChecked,
                               Map<String, String> checks, List<LedgerFinding> findings, boolean moreFindings) {
        static VerifyAnswer of(LedgerReport r) {
            return new VerifyAnswer(r.ledger().toString(), r.sound(), r.transfersChecked(), r.checkpointsChecked(),
                    LedgerReport.CHECKS, r.findings(), r.moreFindings());
        }
    }

    static String decimal(long minorUnits, Currency currency) {
        return minorUnits < 0 ? "-" + Amount.decimal(-minorUnits, currency) : Amount.decimal(minorUnits, currency);
    }
}
