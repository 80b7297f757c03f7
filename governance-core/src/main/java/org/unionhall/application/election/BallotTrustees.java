package org.unionhall.application.election;

import java.util.Comparator;
import java.util.List;
import org.unionhall.application.Stores;
import org.unionhall.domain.membership.Mandate;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;

/**
 * Who holds the key of a union's next secret ballot: its trustees in office today, those whose
 * term began first before the others (then by member id, so the choice never depends on the
 * order rows are read), as many as the bylaws name.
 */
public final class BallotTrustees {

    private BallotTrustees() {
    }

    /**
     * @param howMany how many trustees the bylaws name for a ballot
     * @return the trustees, in trustee order; empty when the union has none in office
     */
    public static List<MemberId> of(Stores stores, UnionId union, int howMany) {
        return stores.mandates().ofUnion(union).stream()
                .filter(x -> x.role() == MandateRole.TRUSTEE && x.activeOn(stores.time().today()))
                .sorted(Comparator.comparing((Mandate x) -> x.term().start()).thenComparing(x -> x.holder().toString()))
                .map(Mandate::holder).distinct().limit(howMany).toList();
    }
}
