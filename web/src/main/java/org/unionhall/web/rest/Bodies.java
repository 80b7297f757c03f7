package org.unionhall.web.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.ScopeKind;

/**
 * The JSON bodies the API reads. Limits are checked before any service is called, so an
 * overlong value answers 422 naming the field and nothing is written.
 */
public final class Bodies {

    private Bodies() {
    }

    /**
     * A request to join a chapter.
     *
     * @param note optional words for the stewards
     */
    @Schema(name = "JoinRequestBody")
    public record JoinRequestBody(
            @Schema(description = "Optional words for the stewards.", maxLength = 1000)
            @Size(max = 1000, message = "is too long (at most 1000 characters)") String note) {
    }

    /**
     * A steward's decision or a change with a reason kept in the audit trail.
     *
     * @param reason why
     */
    @Schema(name = "ReasonBody")
    public record ReasonBody(
            @Schema(description = "Why; kept in the audit trail.", required = true, maxLength = 500)
            @NotBlank(message = "is required") @Size(max = 500, message = "is too long (at most 500 characters)")
            String reason) {
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
            @Schema(required = true) @NotNull(message = "is required") MandateRole role,
            @Schema(required = true, maxLength = 36)
            @NotBlank(message = "is required") @Size(max = 36, message = "is too long (a member id has 36 characters)")
            String memberId,
            @Schema(required = true) @NotNull(message = "is required") ScopeKind scopeKind,
            @Schema(required = true, maxLength = 60)
            @NotBlank(message = "is required") @Size(max = 60, message = "is too long (at most 60 characters)")
            String scopeSlug,
            @Schema(required = true, example = "2026-01-01") @NotNull(message = "is required") LocalDate termStart,
            @Schema(required = true, example = "2027-12-31") @NotNull(message = "is required") LocalDate termEnd,
            @Schema(required = true, maxLength = 500)
            @NotBlank(message = "is required") @Size(max = 500, message = "is too long (at most 500 characters)")
            String reason) {
    }
}
