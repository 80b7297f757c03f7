package org.unionhall.domain.membership;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Fediverse servers unions work with. */
public interface Instances {

    /** The instances a union works with, by host name. */
    List<Instance> ofUnion(UnionId union);

    /** Stores a new instance. */
    void add(Instance instance);

    /** The union's instance with this id, if the union works with it. */
    default Optional<Instance> ofUnion(UnionId union, InstanceId id) {
        return ofUnion(union).stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The names of the instances the union works with, by id: how lists of grants and payments name them. */
    default Map<InstanceId, String> namesOfUnion(UnionId union) {
        return ofUnion(union).stream().collect(Collectors.toMap(Instance::id, Instance::name));
    }
}
