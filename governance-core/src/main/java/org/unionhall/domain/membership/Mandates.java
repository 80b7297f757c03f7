package org.unionhall.domain.membership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Roles held for terms. */
public interface Mandates {

    /** The mandate with this id. */
    Optional<Mandate> find(MandateId id);

    /** Every mandate of a chapter (chapter-scoped), any time. */
    List<Mandate> ofChapter(ChapterId chapter);

    /** Every union-scoped mandate of a union, any time. */
    List<Mandate> ofUnion(UnionId union);

    /** Every mandate a member holds or held. */
    List<Mandate> ofMember(MemberId member);

    /** Every mandate the given members hold or held in the union (union- or chapter-scoped). */
    List<Mandate> ofMembersInUnion(Collection<MemberId> members, UnionId union);

    /** Stores a new mandate. */
    void add(Mandate mandate);
}
