package org.unionhall.domain.membership;

import java.util.List;

/** Fediverse servers unions work with. */
public interface Instances {

    /** The instances a union works with, by host name. */
    List<Instance> ofUnion(UnionId union);

    /** Stores a new instance. */
    void add(Instance instance);
}
