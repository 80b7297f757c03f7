package org.unionhall.application.motion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One comment of a debate as its reader may see it. A hidden comment shows no text, only the
 * steward's reason.
 *
 * @param text the text as written (empty when hidden); shown escaped, line breaks kept
 * @param quote the passage quoted from the comment answered
 * @param edited when its author last edited it
 * @param editable whether the reader may still edit it (their own, within 15 minutes, motion open)
 * @param editableUntil until when its author may edit it
 * @param replies the replies, oldest first (always empty for a reply)
 */
public record CommentView(String id, String motionId, Optional<String> replyTo, String author, Instant posted,
                          Optional<String> text, Optional<String> quote, Optional<Instant> edited, boolean hidden,
                          Optional<String> hiddenReason, boolean mine, boolean editable, Instant editableUntil,
                          List<CommentView> replies) {
}
