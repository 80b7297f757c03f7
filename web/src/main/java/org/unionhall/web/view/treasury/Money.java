package org.unionhall.web.view.treasury;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** Amounts as the treasury's pages show them: grouped thousands and the currency's decimals. */
public final class Money {

    private Money() {
    }

    /** An amount in minor units of the currency, e.g. 125000 EUR as {@code 1,250.00 EUR}. */
    public static String format(long minorUnits, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(BigDecimal.valueOf(minorUnits, digits)) + " " + currencyCode;
    }

    /** A decimal amount as the API and views give it ({@code "1250.00"}), formatted as {@link #format}. */
    public static String format(String decimal, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        long minor = new BigDecimal(decimal).movePointRight(Math.max(0, currency.getDefaultFractionDigits()))
                .longValueExact();
        return format(minor, currencyCode);
    }
}
