package org.unionhall.domain.treasury;

import java.util.List;

/**
 * What recording a batch came to: the rows written now, or, for a retry of a batch recorded
 * before, the rows first written (and nothing new).
 *
 * @param transfers one row per order, in the order given
 * @param retry whether the batch had been recorded before, so nothing was written now
 */
public record Recording(List<Transfer> transfers, boolean retry) {

    /** Copies the list. */
    public Recording {
        transfers = List.copyOf(transfers);
    }
}
