package org.unionhall.infrastructure.demo;

import java.util.Optional;
import org.unionhall.application.motion.MotionStores;
import org.unionhall.domain.bylaws.Bylaws;
import org.unionhall.domain.bylaws.BylawsTerms;
import org.unionhall.domain.membership.FederationId;
import org.unionhall.domain.membership.Union;

/**
 * Gives every union (and its federation) that has no bylaws yet the founding bylaws, version 1:
 * what a demo installation needs before motions can be proposed. Runs in the caller's transaction.
 */
public final class DemoBylaws {
    private final MotionStores stores;

    /** @param stores where to write */
    public DemoBylaws(MotionStores stores) {
        this.stores = stores;
    }

    /**
     * Adopts founding bylaws where none are in force.
     *
     * @return how many bylaws were adopted
     */
    public int seedIfMissing() {
        int adopted = 0;
        java.util.Set<FederationId> federations = new java.util.HashSet<>();
        for (Union union : stores.core().unions().all()) {
            federations.add(union.federationId());
            if (stores.bylaws().inForceOfUnion(union.id()).isEmpty()) {
                stores.bylaws().add(Bylaws.foundingOfUnion(union.federationId(), union.id(), BylawsTerms.founding(),
                        stores.core().time().now()));
                adopted++;
            }
        }
        for (FederationId federation : federations) {
            Optional<Bylaws> current = stores.bylaws().inForceOfFederation(federation);
            if (current.isEmpty()) {
                stores.bylaws().add(Bylaws.foundingOfFederation(federation, BylawsTerms.founding(),
                        stores.core().time().now()));
                adopted++;
            }
        }
        return adopted;
    }
}
