package org.unionhall.application.treasury;

import java.util.List;

/**
 * The rows a batch of transfer orders came to.
 *
 * @param transfers one row per order, in the order given
 * @param retry whether the whole batch had been recorded before with the same details, so that
 *              these are the rows first written and nothing was written now
 */
public record RecordedTransfers(List<TransferView> transfers, boolean retry) {

    /** Copies the list. */
    public RecordedTransfers {
        transfers = List.copyOf(transfers);
    }
}
