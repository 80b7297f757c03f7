package org.unionhall.application.treasury;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.unionhall.domain.treasury.GrantKind;

/**
 * What a grant request asks for, as its requester writes it. For moderation labour: the instance
 * (its host name, e.g. {@code social.example.org}), the period, the hours and the hourly rate; for
 * legal aid: the amount. Amounts are decimals of the union's ledger currency ({@code 25.00}).
 *
 * @param kind moderation labour or legal aid
 * @param instance the host of the instance whose team did the work (moderation labour)
 * @param title a short title
 * @param description what was done, or what the legal aid is for
 * @param periodFrom the first day worked (moderation labour)
 * @param periodTo the last day worked (moderation labour)
 * @param hours hours worked, at most two decimals (moderation labour)
 * @param rate what an hour is paid (moderation labour)
 * @param amount the amount asked (legal aid)
 */
public record GrantClaim(GrantKind kind, String instance, String title, String description, LocalDate periodFrom,
                         LocalDate periodTo, BigDecimal hours, String rate, String amount) {

    /** A claim for moderation labour. */
    public static GrantClaim labour(String instance, String title, String description, LocalDate from, LocalDate to,
                                    BigDecimal hours, String rate) {
        return new GrantClaim(GrantKind.MODERATION_LABOUR, instance, title, description, from, to, hours, rate, null);
    }

    /** A claim for legal aid. */
    public static GrantClaim legalAid(String title, String description, String amount) {
        return new GrantClaim(GrantKind.LEGAL_AID, null, title, description, null, null, null, null, amount);
    }
}
