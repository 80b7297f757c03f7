package org.unionhall.application.motion;

/**
 * A comment to post in a motion's debate.
 *
 * @param id the id the client chose for it (a UUID), so that the same request sent twice makes one comment
 * @param text the text, at most 5,000 characters, line breaks kept
 * @param replyTo the comment answered, for a reply (else null)
 * @param quote a passage of the comment answered, for a reply that quotes (else null)
 */
public record WriteComment(String id, String text, String replyTo, String quote) {
}
