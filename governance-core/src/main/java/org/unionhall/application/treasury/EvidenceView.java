package org.unionhall.application.treasury;

import java.time.Instant;

/**
 * One piece of a grant request's evidence.
 *
 * @param id its id
 * @param label the link's label or the file's name
 * @param link the link, or {@code null} for a file
 * @param mediaType the file's type read from its content, or {@code null} for a link
 * @param size the file's size in bytes, or {@code null}
 * @param sha256 the file's SHA-256 in hex, or {@code null}
 * @param addedAt when it was added
 */
public record EvidenceView(String id, String label, String link, String mediaType, Integer size, String sha256,
                           Instant addedAt) {
}
