package org.unionhall.domain.treasury;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import org.unionhall.domain.shared.InvalidInput;

/**
 * A sum of money moved by one transfer: a whole, positive number of the currency's minor units
 * (cents for EUR and USD, yen for JPY), never a floating-point number. Zero and negative amounts
 * are refused where they enter, and so is anything above {@value #MAX_MINOR_UNITS} minor units, so
 * that sums of many amounts still fit a {@code long} (the balances refuse an overflow as well).
 *
 * @param currency the ISO 4217 currency
 * @param minorUnits how many minor units, 1..{@value #MAX_MINOR_UNITS}
 */
public record Amount(Currency currency, long minorUnits) {
    /** The largest single amount: 10^15 minor units (ten trillion euros). */
    public static final long MAX_MINOR_UNITS = 1_000_000_000_000_000L;

    /** Refuses a zero, negative or oversized amount and a currency without minor units defined. */
    public Amount {
        Objects.requireNonNull(currency, "currency");
        checkCurrency(currency);
        if (minorUnits <= 0) {
            throw new InvalidInput("An amount must be more than zero.");
        }
        if (minorUnits > MAX_MINOR_UNITS) {
            throw new InvalidInput("The amount is too large (at most " + MAX_MINOR_UNITS + " minor units).");
        }
    }

    /**
     * An amount in minor units of the currency with this ISO 4217 code.
     *
     * @param currencyCode e.g. {@code EUR}
     */
    public static Amount of(String currencyCode, long minorUnits) {
        return new Amount(currency(currencyCode), minorUnits);
    }

    /**
     * Reads an amount as a person types it, with a point before the minor units: {@code 12.50} or
     * {@code 12} euros, {@code 500} yen. More decimals than the currency has are refused, never
     * rounded.
     */
    public static Amount parse(String text, Currency currency) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("The amount is required.");
        }
        checkCurrency(currency);
        String typed = text.strip();
        if (!typed.matches("[0-9]{1,19}(\\.[0-9]{1,4})?")) {
            throw new InvalidInput("The amount must be a number such as 12.50, without a sign or thousands separators.");
        }
        BigDecimal value = new BigDecimal(typed);
        int digits = currency.getDefaultFractionDigits();
        if (value.scale() > digits) {
            throw new InvalidInput(currency.getCurrencyCode() + " amounts have " + digits + " decimal places at most.");
        }
        BigDecimal minor = value.movePointRight(digits);
        if (minor.compareTo(BigDecimal.valueOf(MAX_MINOR_UNITS)) > 0) {
            throw new InvalidInput("The amount is too large.");
        }
        return new Amount(currency, minor.longValueExact());
    }

    /**
     * The currency with this ISO 4217 code; an unknown code, or a code without minor units
     * (gold, test and fund codes), is refused.
     */
    public static Currency currency(String code) {
        if (code == null || !code.strip().matches("[A-Za-z]{3}")) {
            throw new InvalidInput("The currency must be a three-letter ISO 4217 code such as EUR.");
        }
        try {
            Currency currency = Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            checkCurrency(currency);
            return currency;
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("\"" + code.strip() + "\" is not an ISO 4217 currency code.");
        }
    }

    private static void checkCurrency(Currency currency) {
        if (currency.getDefaultFractionDigits() < 0) {
            throw new InvalidInput(currency.getCurrencyCode() + " has no minor units; a ledger needs a currency "
                    + "that has.");
        }
    }

    /** Refuses an amount in another currency than the ledger's. */
    public Amount requireCurrency(Currency expected) {
        if (!currency.equals(expected)) {
            throw new InvalidInput("This ledger keeps " + expected.getCurrencyCode() + "; an amount in "
                    + currency.getCurrencyCode() + " cannot be recorded in it.");
        }
        return this;
    }

    /** The amount as a decimal in major units, e.g. {@code 12.50}. */
    public String toDecimal() {
        return decimal(minorUnits, currency);
    }

    /** A number of minor units written as a decimal of the currency, e.g. 1250 EUR as {@code 12.50}. */
    public static String decimal(long minorUnits, Currency currency) {
        return BigDecimal.valueOf(minorUnits, Math.max(0, currency.getDefaultFractionDigits())).toPlainString();
    }

    @Override
    public String toString() {
        return toDecimal() + " " + currency.getCurrencyCode();
    }
}
