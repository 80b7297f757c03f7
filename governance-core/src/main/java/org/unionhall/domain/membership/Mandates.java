package org.unionhall.domain.membership;

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


    /** Stores a new mandate. */
    void add(Mandate mandate);
}
