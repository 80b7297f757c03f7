package org.unionhall.web.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.ScopeKind;

/**
 * The JSON bodies the API reads. Each is checked before any service is called, so a missing or
 * overlong value answers 422 naming the field and nothing is written.
 */
public final class Bodies {

    private Bodies() {
    }

    /** A body with no fields, for a change that needs none: {@code {}}. */
    @Schema(name = "EmptyBody")
    public record EmptyBody() {
    }

    /**
     * A request to join a chapter.
     *
     * @param note optional words for the stewards
     */
    @Schema(name = "JoinRequestBody")
    public record JoinRequestBody(
            @Schema(description = "Optional words for the stewards.", maxLength = 1000) String note) {

        static JoinRequestBody checked(JoinRequestBody body) {
            InvalidFields.of(body).optional("note", body.note(), 1000).verify();
            return body;
        }
    }

    /**
     * A steward's decision or a change with a reason kept in the audit trail.
     *
     * @param reason why
     */
    @Schema(name = "ReasonBody")
    public record ReasonBody(
            @Schema(description = "Why; kept in the audit trail.", required = true, maxLength = 500)
            String reason) {

        static ReasonBody checked(ReasonBody body) {
            InvalidFields.of(body).required("reason", body.reason(), 500).verify();
            return body;
        }
    }

    /**
     * The caller's own password, entered again to confirm an export or an erasure.
     *
     * @param password the password the caller signs in with
     */
    @Schema(name = "PasswordBody")
    public record PasswordBody(
            @Schema(description = "Your own password, entered again.", required = true, maxLength = 256)
            String password) {

        static PasswordBody checked(PasswordBody body) {
            InvalidFields.of(body).required("password", body.password(), 256).verify();
            return body;
        }
    }

    /**
     * A steward assigns a mandate.
     *
     * @param role the role
     * @param memberId who will hold it
     * @param scopeKind chapter or union
     * @param scopeSlug which chapter or union
     * @param termStart first day of the term
     * @param termEnd last day of the term
     * @param reason why; kept in the audit trail
     */
    @Schema(name = "AssignMandateBody")
    public record AssignMandateBody(
            @Schema(required = true) MandateRole role,
            @Schema(required = true, maxLength = 36)
            String memberId,
            @Schema(required = true) ScopeKind scopeKind,
            @Schema(required = true, maxLength = 60)
            String scopeSlug,
            @Schema(required = true, example = "2026-01-01") LocalDate termStart,
            @Schema(required = true, example = "2027-12-31") LocalDate termEnd,
            @Schema(required = true, maxLength = 500)
            String reason) {

        static AssignMandateBody checked(AssignMandateBody body) {
            InvalidFields.of(body)
                    .present("role", body.role())
                    .required("memberId", body.memberId(), 36)
                    .present("scopeKind", body.scopeKind())
                    .required("scopeSlug", body.scopeSlug(), 60)
                    .present("termStart", body.termStart())
                    .present("termEnd", body.termEnd())
                    .required("reason", body.reason(), 500)
                    .verify();
            return body;
        }
    }

    /**
     * A union's steward founds a chapter.
     *
     * @param slug its short name, its address: lower-case letters, digits and single hyphens
     * @param name its name
     * @param description what it is about (optional)
     * @param delegateSeats how many delegates it sends to the union congress
     */
    @Schema(name = "FoundChapterBody")
    public record FoundChapterBody(
            @Schema(required = true, maxLength = 60, example = "moderators-oceania",
                    description = "Lower-case letters, digits and single hyphens; free across the installation.")
            String slug,
            @Schema(required = true, maxLength = 120, example = "Moderators Oceania") String name,
            @Schema(maxLength = 1000, description = "What the chapter is about.") String description,
            @Schema(required = true, minimum = "1", maximum = "100", example = "2") Integer delegateSeats) {

        static FoundChapterBody checked(FoundChapterBody body) {
            InvalidFields.of(body)
                    .required("slug", body.slug(), 60)
                    .required("name", body.name(), 120)
                    .optional("description", body.description(), 1000)
                    .present("delegateSeats", body.delegateSeats())
                    .verify();
            return body;
        }
    }

    /**
     * A chapter's new name.
     *
     * @param name the name
     */
    @Schema(name = "ChapterNameBody")
    public record ChapterNameBody(@Schema(required = true, maxLength = 120) String name) {

        static ChapterNameBody checked(ChapterNameBody body) {
            InvalidFields.of(body).required("name", body.name(), 120).verify();
            return body;
        }
    }

    /**
     * How many delegates a chapter sends to the union congress.
     *
     * @param delegateSeats the number of seats
     */
    @Schema(name = "DelegateSeatsBody")
    public record DelegateSeatsBody(
            @Schema(required = true, minimum = "1", maximum = "100", example = "3") Integer delegateSeats) {

        static DelegateSeatsBody checked(DelegateSeatsBody body) {
            InvalidFields.of(body).present("delegateSeats", body.delegateSeats()).verify();
            return body;
        }
    }

    /**
     * A union's public description.
     *
     * @param description what the union is for
     * @param howToJoin how to join, in the stewards' words
     */
    @Schema(name = "UnionDescriptionBody")
    public record UnionDescriptionBody(
            @Schema(required = true, maxLength = 1000, description = "What the union is for.") String description,
            @Schema(maxLength = 1000, description = "How to join, in the stewards' words.") String howToJoin) {

        static UnionDescriptionBody checked(UnionDescriptionBody body) {
            InvalidFields.of(body)
                    .required("description", body.description(), 1000)
                    .optional("howToJoin", body.howToJoin(), 1000)
                    .verify();
            return body;
        }
    }
}
