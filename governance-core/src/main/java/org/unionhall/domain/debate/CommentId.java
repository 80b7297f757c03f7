package org.unionhall.domain.debate;

import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.shared.Check;

/**
 * Identity of a comment, chosen by the client that writes it, so that the same request sent twice
 * (a double click, a retry) makes one comment.
 */
public record CommentId(UUID value) {

    /** @param value the UUID; never null */
    public CommentId {
        Objects.requireNonNull(value, "CommentId value");
    }

    /** A new random id. */
    public static CommentId generate() {
        return new CommentId(UUID.randomUUID());
    }

    /** Parses the string form; a malformed value is an {@link org.unionhall.domain.shared.InvalidInput}. */
    public static CommentId of(String value) {
        return new CommentId(Check.uuid(value, "comment"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
