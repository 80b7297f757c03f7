package org.unionhall.web.rest.motion;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unionhall.web.rest.InvalidFields;

/**
 * The JSON bodies of the debate API. Each is checked before a service is called, so a missing or
 * overlong value answers 422 naming the field and nothing is written.
 */
public final class DebateBodies {
    private static final int TEXT = 5000;

    private DebateBodies() {
    }

    /**
     * A comment on a motion.
     *
     * @param id a UUID the client chooses, so the same request sent twice makes one comment (optional)
     * @param text the comment, at most 5,000 characters, line breaks kept, shown as text (never as HTML)
     */
    @Schema(name = "CommentBody")
    public record CommentBody(@Schema(maxLength = 36, example = "0b6f8c1e-3f4a-4d27-9b1e-2f5b7d9c1a20") String id,
                              @Schema(required = true, maxLength = TEXT) String text) {
        static CommentBody checked(CommentBody b) {
            InvalidFields.of(b).optional("id", b == null ? null : b.id(), 36).required("text", b.text(), TEXT).verify();
            return b;
        }
    }

    /**
     * A reply to a comment, optionally quoting a passage of it.
     *
     * @param id a UUID the client chooses (optional)
     * @param text the reply, at most 5,000 characters
     * @param quote a passage of the comment answered, exactly as written there (optional)
     */
    @Schema(name = "ReplyBody")
    public record ReplyBody(@Schema(maxLength = 36) String id, @Schema(required = true, maxLength = TEXT) String text,
                            @Schema(maxLength = 1000) String quote) {
        static ReplyBody checked(ReplyBody b) {
            InvalidFields.of(b).optional("id", b == null ? null : b.id(), 36).required("text", b.text(), TEXT)
                    .optional("quote", b.quote(), 1000).verify();
            return b;
        }
    }

    /**
     * The new text of one's own comment.
     *
     * @param text the comment as it should read, at most 5,000 characters
     */
    @Schema(name = "EditCommentBody")
    public record EditBody(@Schema(required = true, maxLength = TEXT) String text) {
        static EditBody checked(EditBody b) {
            InvalidFields.of(b).required("text", b == null ? null : b.text(), TEXT).verify();
            return b;
        }
    }

    /**
     * Why a steward hides a comment; the thread shows it in the comment's place.
     *
     * @param reason the reason, at most 500 characters
     */
    @Schema(name = "HideCommentBody")
    public record HideBody(@Schema(required = true, maxLength = 500) String reason) {
        static HideBody checked(HideBody b) {
            InvalidFields.of(b).required("reason", b == null ? null : b.reason(), 500).verify();
            return b;
        }
    }

    /**
     * Whether the caller follows a motion.
     *
     * @param following true when they follow it
     */
    @Schema(name = "FollowingView")
    public record FollowingView(boolean following) {
    }
}
