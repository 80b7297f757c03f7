package org.unionhall.application.treasury;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.Amount;
import org.unionhall.domain.treasury.LedgerAccount;
import org.unionhall.domain.treasury.LedgerAccountId;
import org.unionhall.domain.treasury.Transfer;
import org.unionhall.domain.treasury.TransferId;
import org.unionhall.domain.treasury.TransferKind;

/**
 * A ledger written out for other tools (docs/ledger.md, "Exports"): an hledger journal whose
 * balances are the ledger's, and a CSV file with one line per row. Both name accounts by the same
 * path ({@code assets:bank}, {@code funds:Legal Defence}, {@code contributors:…},
 * {@code payees:…}), one path per account, and write amounts as exact decimals of the currency.
 */
public final class LedgerExport {
    /** The CSV file's first line. */
    public static final String CSV_HEADER = "sequence,id,time,kind,debit account,credit account,amount,currency,"
            + "pending id,corrects id,reference,hash";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final Currency currency;
    private final Map<LedgerAccountId, String> paths;

    /** @param accounts every account of the ledger, in the order they were opened */
    public LedgerExport(Currency currency, List<LedgerAccount> accounts) {
        this.currency = currency;
        this.paths = paths(accounts);
    }

    /**
     * Each account's hledger path: its kind's top account, then its name with what hledger reads
     * as structure ({@code :} between parts, runs of spaces ending a name, {@code ;} starting a
     * comment) replaced. Accounts whose paths would still be the same all get their id's first
     * eight digits, so that a path does not depend on which account was opened first.
     */
    private static Map<LedgerAccountId, String> paths(List<LedgerAccount> accounts) {
        Map<LedgerAccountId, String> paths = new LinkedHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (LedgerAccount account : accounts) {
            String path = switch (account.kind()) {
                case BANK -> "assets:bank";
                case FUND -> "funds:" + plain(account.name());
                case CONTRIBUTOR -> "contributors:" + plain(account.name());
                case PAYEE -> "payees:" + plain(account.name());
            };
            paths.put(account.id(), path);
            uses.merge(path, 1, Integer::sum);
        }
        paths.replaceAll((id, path) -> uses.get(path) > 1 ? path + " #" + id.value().toString().substring(0, 8)
                : path);
        return paths;
    }

    private static String plain(String name) {
        String cleaned = name.replaceAll("[\\p{Cntrl}\\s]+", " ").replace(':', '-').replace(';', ',')
                .replaceAll("^[(\\[]+|[)\\]]+$", "").strip();
        return cleaned.isEmpty() ? "unnamed" : cleaned;
    }

    /** The account's path in both exports. */
    public String path(LedgerAccountId account) {
        return Optional.ofNullable(paths.get(account)).orElse("unknown:" + account);
    }

    /**
     * The rows as an hledger journal. Money that moved ({@code POSTED}, {@code POST_PENDING}) is a
     * cleared ({@code *}) transaction; a reservation still open is a pending ({@code !}) one; a
     * reservation that was resolved, and the void or expiry that resolved it, moved nothing for
     * good and are comment lines, so that hledger's totals equal the ledger's balances with
     * reservations ({@code hledger balance}) and without them ({@code hledger balance -C}).
     *
     * @param rows every row, in order (read twice: once to learn which reservations were resolved)
     * @param heading lines written first as comments, e.g. the union and the ledger's head
     */
    public String journal(Iterable<Transfer> rows, List<String> heading) {
        Set<TransferId> resolved = new HashSet<>();
        for (Transfer row : rows) {
            if (row.kind().resolvesPending()) {
                row.pending().ifPresent(resolved::add);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : heading) {
            out.append("; ").append(line.replaceAll("[\\r\\n]+", " ")).append('\n');
        }
        out.append("commodity ").append(BigDecimal.valueOf(1000).setScale(currency.getDefaultFractionDigits())
                .toPlainString()).append(' ').append(currency.getCurrencyCode()).append("\n\n");
        for (AccountKind kind : AccountKind.values()) {
            String top = switch (kind) {
                case BANK -> "assets";
                case FUND -> "funds";
                case CONTRIBUTOR -> "contributors";
                case PAYEE -> "payees";
            };
            out.append("account ").append(top).append("  ; type: ")
                    .append(kind.normalSide() == AccountKind.Side.DEBIT ? "Asset" : "Liability").append('\n');
        }
        out.append('\n');
        for (Transfer row : rows) {
            boolean moves = row.kind().movesMoney();
            boolean open = row.kind() == TransferKind.PENDING && !resolved.contains(row.id());
            String tags = "id:" + row.id() + ", seq:" + row.sequence() + ", kind:" + row.kind().name().toLowerCase(
                    java.util.Locale.ROOT) + row.pending().map(p -> ", pending:" + p).orElse("")
                    + row.corrects().map(c -> ", corrects:" + c).orElse("")
                    + (row.reference().isEmpty() ? "" : ", ref:" + row.reference().replace(',', '.'));
            String description = row.kind().label() + (row.reference().isEmpty() ? "" : " " + row.reference());
            if (moves || open) {
                out.append(DAY.format(row.recordedAt())).append(moves ? " * " : " ! ").append(description)
                        .append("  ; ").append(tags).append('\n');
                String amount = Amount.decimal(row.amount(), currency) + " " + currency.getCurrencyCode();
                out.append("    ").append(path(row.debitAccount())).append("    ").append(amount).append('\n');
                out.append("    ").append(path(row.creditAccount())).append("    -").append(amount).append("\n\n");
            } else {
                out.append("; ").append(DAY.format(row.recordedAt())).append(' ').append(description).append(' ')
                        .append(Amount.decimal(row.amount(), currency)).append(' ').append(currency.getCurrencyCode())
                        .append(" from ").append(path(row.debitAccount())).append(" to ")
                        .append(path(row.creditAccount())).append(", nothing moved for good  ; ").append(tags)
                        .append("\n\n");
            }
        }
        return out.toString();
    }

    /** The rows as CSV (RFC 4180, one header line), one line per row, in order. */
    public String csv(Iterable<Transfer> rows) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        for (Transfer row : rows) {
            out.append(row.sequence()).append(',').append(row.id()).append(',')
                    .append(DateTimeFormatter.ISO_INSTANT.format(row.recordedAt())).append(',')
                    .append(row.kind().name()).append(',').append(field(path(row.debitAccount()))).append(',')
                    .append(field(path(row.creditAccount()))).append(',')
                    .append(Amount.decimal(row.amount(), currency)).append(',').append(currency.getCurrencyCode())
                    .append(',').append(row.pending().map(Object::toString).orElse("")).append(',')
                    .append(row.corrects().map(Object::toString).orElse("")).append(',')
                    .append(field(row.reference())).append(',').append(row.hash()).append("\r\n");
        }
        return out.toString();
    }

    /**
     * A text field quoted when it holds a comma, quote or line break, and prefixed with an
     * apostrophe when a spreadsheet would read it as a formula (it starts with = + - @).
     */
    private static String field(String text) {
        String safe = text.matches("(?s)[=+\\-@].*") ? "'" + text : text;
        return safe.matches("(?s).*[,\"\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
