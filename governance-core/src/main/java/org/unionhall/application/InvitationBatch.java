package org.unionhall.application;

import java.util.List;

/**
 * A list of people to invite to a chapter, checked row by row: the preview before sending, or
 * what was sent.
 *
 * @param chapterSlug the chapter's short name
 * @param chapterName the chapter's name
 * @param ready how many rows have no problem
 * @param invited how many invitations were sent (0 for a preview)
 * @param rows every row, in the order given
 */
public record InvitationBatch(String chapterSlug, String chapterName, int ready, int invited,
                              List<InvitationRow> rows) {

    /** The rows with a problem. */
    public List<InvitationRow> problems() {
        return rows.stream().filter(r -> !r.ready()).toList();
    }
}
