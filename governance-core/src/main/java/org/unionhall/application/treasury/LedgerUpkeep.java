package org.unionhall.application.treasury;

import java.time.Duration;

/**
 * The ledgers' upkeep that no member asks for: the installation's timer calls it
 * ({@code infrastructure.schedule.LedgerTimer}). It acts for no member, and its audit entries
 * name no actor.
 */
public interface LedgerUpkeep {

    /**
     * Expires every reservation whose timeout ran out and that nothing resolved, in every ledger,
     * releasing its money. Running it again writes nothing new.
     *
     * @return how many reservations expired
     */
    int expireDue();

    /**
     * Signs a checkpoint of every ledger whose head moved since its latest checkpoint, when that
     * checkpoint is older than {@code every} (or there is none).
     *
     * @return how many checkpoints were written
     */
    int checkpointDue(Duration every);
}
