package org.unionhall.web.rest.treasury;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unionhall.application.treasury.GrantClaim;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.treasury.GrantEvidence;
import org.unionhall.domain.treasury.GrantKind;
import org.unionhall.domain.treasury.GrantRequest;
import org.unionhall.web.rest.InvalidFields;

/**
 * The JSON bodies of the grant-request API, each checked before the service is called: a missing
 * or overlong value answers 422 naming the field, and nothing is written.
 */
public final class GrantBodies {

    private GrantBodies() {
    }

    /**
     * A grant request, new or changed. Amounts and hours are decimal strings, never floating point.
     *
     * @param kind MODERATION_LABOUR or LEGAL_AID
     * @param instance moderation labour: the host of the instance whose team did the work
     * @param title a short title
     * @param description what was done, or what the legal aid is for
     * @param periodFrom moderation labour: the first day worked
     * @param periodTo moderation labour: the last day worked
     * @param hours moderation labour: hours worked, e.g. "12.5"
     * @param rate moderation labour: what an hour is paid, e.g. "20.00"
     * @param amount legal aid: the amount asked, e.g. "300.00"
     */
    @Schema(name = "GrantRequestBody")
    public record GrantBody(@Schema(required = true) GrantKind kind,
                            @Schema(maxLength = 253, example = "social.example.org") String instance,
                            @Schema(required = true, maxLength = GrantRequest.MAX_TITLE) String title,
                            @Schema(required = true, maxLength = GrantRequest.MAX_DESCRIPTION) String description,
                            LocalDate periodFrom, LocalDate periodTo,
                            @Schema(maxLength = 12, example = "12.5") String hours,
                            @Schema(maxLength = 24, example = "20.00") String rate,
                            @Schema(maxLength = 24, example = "300.00") String amount) {
        GrantClaim claim() {
            InvalidFields.Checks checks = InvalidFields.of(this).present("kind", kind)
                    .required("title", title, GrantRequest.MAX_TITLE)
                    .required("description", description, GrantRequest.MAX_DESCRIPTION);
            if (kind == GrantKind.MODERATION_LABOUR) {
                checks.required("instance", instance, 253).present("periodFrom", periodFrom)
                        .present("periodTo", periodTo).required("hours", hours, 12).required("rate", rate, 24);
            } else if (kind == GrantKind.LEGAL_AID) {
                checks.required("amount", amount, 24);
            }
            checks.verify();
            return kind == GrantKind.MODERATION_LABOUR
                    ? GrantClaim.labour(instance, title, description, periodFrom, periodTo, decimalHours(), rate)
                    : GrantClaim.legalAid(title, description, amount);
        }

        private BigDecimal decimalHours() {
            try {
                return new BigDecimal(hours.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInput("The hours are a number such as 12.5.");
            }
        }
    }

    /**
     * A link as evidence.
     *
     * @param label what it shows
     * @param link an https address
     */
    @Schema(name = "EvidenceLinkBody")
    public record LinkBody(@Schema(required = true, maxLength = GrantEvidence.MAX_LABEL) String label,
                           @Schema(required = true, maxLength = GrantEvidence.MAX_LINK) String link) {
        static LinkBody checked(LinkBody b) {
            InvalidFields.of(b).required("label", b.label(), GrantEvidence.MAX_LABEL)
                    .required("link", b.link(), GrantEvidence.MAX_LINK).verify();
            return b;
        }
    }

    /**
     * A treasurer's words: what should change, or why a request is rejected.
     *
     * @param note the words, shown to the requester
     */
    @Schema(name = "GrantNoteBody")
    public record NoteBody(@Schema(required = true, maxLength = 2000) String note) {
        static NoteBody checked(NoteBody b) {
            InvalidFields.of(b).required("note", b.note(), 2000).verify();
            return b;
        }
    }
}
