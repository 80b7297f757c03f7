package org.unionhall.domain.installation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.shared.RuleViolation;

/** The setup link's rules without a database: a day long, once, and a token nobody sees by accident. */
class SetupLinkTest {
    private static final Instant ISSUED = Instant.parse("2026-12-07T06:00:00Z");

    @Test
    void aLinkWorksUntilTheLastMomentOfItsDayAndThenSaysWhenItExpired() {
        SetupLink link = new SetupLink(SetupToken.generate(), ISSUED);
        link.checkUsable(ISSUED.plus(Duration.ofHours(24)).minusNanos(1000));
        RuleViolation expired = assertThrows(RuleViolation.class, () -> link.checkUsable(ISSUED.plus(Duration.ofHours(24))));
        assertEquals("This setup link expired on 2026-12-08 06:00 UTC (links work for 24 hours). "
                + "Restart Unionhall or run ./unionhall admin setup-link for a new one.", expired.getMessage());
    }

    @Test
    void aLinkIsUsedOnce() {
        SetupLink link = new SetupLink(SetupToken.generate(), ISSUED);
        link.use(ISSUED.plusSeconds(60));
        assertEquals(Optional.of(ISSUED.plusSeconds(60)), link.usedAt());
        RuleViolation again = assertThrows(RuleViolation.class, () -> link.use(ISSUED.plusSeconds(61)));
        assertTrue(again.getMessage().startsWith("This setup link has already been used"));
    }

    @Test
    void onlyATokenOfTheRightShapeIsLookedUpAndItsSecretIsNeverPrintedByAccident() {
        SetupToken token = SetupToken.generate();
        assertEquals(43, token.value().length());
        assertEquals(Optional.of(token.digest()), SetupToken.digestOfPresented(token.value()));
        assertEquals(64, token.digest().length());
        for (String hostile : new String[] {null, "", "short", token.value() + "A", token.value().substring(1) + "/",
                "%00".repeat(15), "é".repeat(43)}) {
            assertEquals(Optional.empty(), SetupToken.digestOfPresented(hostile), String.valueOf(hostile));
        }
        assertFalse(token.toString().contains(token.value()));
        assertEquals("http://localhost:8080/setup?token=" + token.value(), token.address("http://localhost:8080"));
    }
}
