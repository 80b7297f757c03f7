package org.unionhall.domain.treasury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

/** Amounts enter as whole minor units of one currency, and nothing else gets in. */
class AmountTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void zeroNegativeAndOversizedAmountsAreRefused() {
        assertEquals("An amount must be more than zero.",
                assertThrows(InvalidInput.class, () -> Amount.of("EUR", 0)).getMessage());
        assertThrows(InvalidInput.class, () -> Amount.of("EUR", -1));
        assertThrows(InvalidInput.class, () -> Amount.of("EUR", Long.MIN_VALUE));
        assertThrows(InvalidInput.class, () -> Amount.of("EUR", Amount.MAX_MINOR_UNITS + 1));
        assertThrows(InvalidInput.class, () -> Amount.of("EUR", Long.MAX_VALUE));
        assertEquals(Amount.MAX_MINOR_UNITS, Amount.of("EUR", Amount.MAX_MINOR_UNITS).minorUnits());
    }

    @Test
    void typedAmountsAreReadWithoutRounding() {
        assertEquals(1250, Amount.parse("12.50", EUR).minorUnits());
        assertEquals(1200, Amount.parse("12", EUR).minorUnits());
        assertEquals(500, Amount.parse("500", Currency.getInstance("JPY")).minorUnits());
        assertEquals("EUR amounts have 2 decimal places at most.",
                assertThrows(InvalidInput.class, () -> Amount.parse("12.505", EUR)).getMessage());
        assertThrows(InvalidInput.class, () -> Amount.parse("1.5", Currency.getInstance("JPY")));
        for (String bad : new String[] {"", "-1", "+1", "1e3", "1,000.00", "0.00", "NaN", "12.", ".5",
                "99999999999999999999"}) {
            assertThrows(InvalidInput.class, () -> Amount.parse(bad, EUR), bad);
        }
        assertEquals("12.50", Amount.of("EUR", 1250).toDecimal());
        assertEquals("0.05 EUR", Amount.of("EUR", 5).toString());
    }

    @Test
    void onlyIsoCurrenciesWithMinorUnitsAreTaken() {
        assertEquals(EUR, Amount.currency("eur"));
        assertThrows(InvalidInput.class, () -> Amount.currency("EURO"));
        assertThrows(InvalidInput.class, () -> Amount.currency("ZZZ"));
        assertThrows(InvalidInput.class, () -> Amount.currency("XAU"));
        assertThrows(InvalidInput.class, () -> Amount.currency(null));
    }

    @Test
    void anAmountInAnotherCurrencyIsRefused() {
        assertEquals("This ledger keeps EUR; an amount in USD cannot be recorded in it.",
                assertThrows(InvalidInput.class, () -> Amount.of("USD", 100).requireCurrency(EUR)).getMessage());
    }

    @Test
    void aBalanceThatWouldOverflowIsRefused() {
        Balances full = new Balances(0, 0, 0, Long.MAX_VALUE - 5);
        assertThrows(RuleViolation.class, () -> full.plus(0, 0, 0, 6));
        assertEquals(Long.MAX_VALUE, full.plus(0, 0, 0, 5).creditsPosted());
    }
}
