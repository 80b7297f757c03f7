package org.unionhall.domain.membership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The people known to this installation. */
public interface Members {

    /** The member with this id. */
    Optional<Member> find(MemberId id);

    /**
     * What the member may do on the day, from their memberships and mandates as the caller's
     * transaction sees them; nothing if there is no such member.
     */
    Optional<Powers> powers(MemberId id, LocalDate day);

    /** The member with this e-mail address (compared lower-case). */
    Optional<Member> findByEmail(String email);

    /** Display names of the given members, for views; unknown ids are left out. */
    Map<MemberId, String> displayNames(Collection<MemberId> ids);

    /** Stores a new member; a second member with the same e-mail is refused by the database. */
    void add(Member member);
}
