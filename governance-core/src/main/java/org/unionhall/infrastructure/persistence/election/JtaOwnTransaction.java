package org.unionhall.infrastructure.persistence.election;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.unionhall.application.election.OwnTransaction;

/** The container's new JTA transaction around a piece of ballot intake (any caller's transaction is suspended). */
@ApplicationScoped
public class JtaOwnTransaction implements OwnTransaction {

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}
