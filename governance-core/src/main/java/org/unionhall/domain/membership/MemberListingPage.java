package org.unionhall.domain.membership;

import java.util.List;
import java.util.Objects;

/**
 * One page of a chapter's member list with the length of the whole list, read together.
 *
 * @param rows the page's rows, in list order
 * @param total how many rows the list holds over all pages
 */
public record MemberListingPage(List<MemberListing> rows, long total) {

    /** Copies the rows. */
    public MemberListingPage {
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    }
}
