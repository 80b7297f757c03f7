package org.unionhall.domain.bylaws;

import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.FederationId;
import org.unionhall.domain.membership.UnionId;

/** Where every version of every bylaws is kept. */
public interface BylawsBook {

    /** The version (or proposal) with this id. */
    Optional<Bylaws> find(BylawsId id);

    /** The union's bylaws in force. */
    Optional<Bylaws> inForceOfUnion(UnionId union);

    /** The federation's own bylaws in force. */
    Optional<Bylaws> inForceOfFederation(FederationId federation);

    /** Every version of a union's bylaws that was ever in force, newest first. */
    List<Bylaws> historyOfUnion(UnionId union);

    /** Stores a new version or proposal; a second version with the same number is refused by the database. */
    void add(Bylaws bylaws);
}
