package org.unionhall.web.rest.treasury;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unionhall.application.treasury.NewContribution;
import org.unionhall.application.treasury.NewPledge;
import org.unionhall.domain.treasury.Contribution;
import org.unionhall.domain.treasury.ContributionKind;
import org.unionhall.domain.treasury.GiverKind;
import org.unionhall.domain.treasury.PledgePeriod;
import org.unionhall.web.rest.InvalidFields;

/**
 * The JSON bodies of the contributions API. Each is checked for its shape before the service is
 * called (a missing or overlong value answers 422 naming the field); the service checks what the
 * values mean.
 */
public final class ContributionBodies {

    private ContributionBodies() {
    }

    /**
     * A contribution a treasurer records.
     *
     * @param id the id of its ledger transfer, a UUID the client chooses: sent again with the same
     *           details it is a retry
     * @param giver MEMBER (name the member), INSTANCE (name the instance) or ANONYMOUS
     * @param amount a decimal string such as "12.50"
     * @param currency the ISO 4217 code of the amount: the ledger's
     * @param receivedOn the day the money arrived, e.g. 2026-03-02
     * @param publicName the name the giver chose to be thanked under publicly; omit to stay unnamed
     * @param pledge the id of the pledge it pays
     */
    @Schema(name = "ContributionBody")
    public record ContributionBody(@Schema(required = true, format = "uuid") String id,
                                   @Schema(required = true) ContributionKind kind,
                                   @Schema(required = true) GiverKind giver,
                                   @Schema(format = "uuid") String member,
                                   @Schema(format = "uuid") String instance,
                                   @Schema(required = true, format = "uuid") String fund,
                                   @Schema(required = true, maxLength = 24, example = "12.50") String amount,
                                   @Schema(required = true, maxLength = 3, example = "EUR") String currency,
                                   @Schema(required = true, example = "2026-03-02") LocalDate receivedOn,
                                   @Schema(maxLength = Contribution.MAX_PUBLIC_NAME) String publicName,
                                   @Schema(format = "uuid") String pledge) {
        static NewContribution checked(ContributionBody b) {
            InvalidFields.of(b).required("id", b.id, 36).present("kind", b.kind).present("giver", b.giver)
                    .optional("member", b.member, 36).optional("instance", b.instance, 36).required("fund", b.fund, 36)
                    .required("amount", b.amount, 24).required("currency", b.currency, 3)
                    .present("receivedOn", b.receivedOn)
                    .optional("publicName", b.publicName, Contribution.MAX_PUBLIC_NAME).optional("pledge", b.pledge, 36)
                    .verify();
            return new NewContribution(b.id, b.kind, b.giver, b.member, b.instance, b.fund, b.amount, b.currency,
                    b.receivedOn, b.publicName, b.pledge);
        }
    }

    /**
     * A pledge: a member's own, or an instance's made by a treasurer.
     *
     * @param amount promised per period, a decimal string such as "10.00"
     * @param currency the ISO 4217 code of the amount: the ledger's
     * @param instance the instance's id, when a treasurer pledges for it; omit for one's own pledge
     */
    @Schema(name = "PledgeBody")
    public record PledgeBody(@Schema(required = true) ContributionKind kind,
                             @Schema(required = true, format = "uuid") String fund,
                             @Schema(required = true, maxLength = 24, example = "10.00") String amount,
                             @Schema(required = true, maxLength = 3, example = "EUR") String currency,
                             @Schema(required = true) PledgePeriod period,
                             @Schema(format = "uuid") String instance) {
        static NewPledge checked(PledgeBody b) {
            InvalidFields.of(b).present("kind", b.kind).required("fund", b.fund, 36).required("amount", b.amount, 24)
                    .required("currency", b.currency, 3).present("period", b.period)
                    .optional("instance", b.instance, 36).verify();
            return new NewPledge(b.kind, b.fund, b.amount, b.currency, b.period, b.instance);
        }
    }
}
