package org.unionhall.domain.congress;

import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;

/** Proxies between delegates. */
public interface Proxies {

    /** The proxy with this id. */
    Optional<Proxy> find(ProxyId id);

    /** Every proxy of a union not revoked. */
    List<Proxy> activeOfUnion(UnionId union);

    /** Every proxy the member gave or holds, newest first. */
    List<Proxy> ofMember(MemberId member);

    /** Stores a new proxy. */
    void add(Proxy proxy);
}
