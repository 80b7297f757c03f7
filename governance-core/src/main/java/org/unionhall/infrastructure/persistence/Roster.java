package org.unionhall.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.Mandate;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.MembershipStatus;
import org.unionhall.domain.membership.UnionId;

/**
 * A chapter's member list as the database held it at one roster stamp: every membership that has
 * not ended (active, lapsed, suspended), in the list's order (sort name, then member id, as the
 * database orders them), and the mandates that can be held in the chapter (its own and its
 * union's), from which each row's roles on a given day are worked out. Immutable; the positions
 * of the rows of each set of statuses are worked out once, on first use. Display names are not
 * kept: they are read per page, so a new name shows at once.
 */
public final class Roster {
    /** Read in one statement, so the stamp and the rows come from one snapshot of the database. */
    private static final String READ = "SELECT c.roster_stamp, c.union_id, m.member_id, m.status, m.joined_on, m.sort_name "
            + "FROM chapter c "
            + "LEFT JOIN membership m ON m.chapter_id = c.id AND m.status <> 'LEFT' WHERE c.id = ?1 "
            + "ORDER BY m.chapter_id, m.sort_name, m.member_id";

    private final MemberId[] members;
    private final String[] sortNames;
    private final MembershipStatus[] statuses;
    private final LocalDate[] joined;
    /** The positions of the rows whose status is in a set, by the set's bit mask of status ordinals. */
    private final AtomicReferenceArray<int[]> views = new AtomicReferenceArray<>(1 << MembershipStatus.values().length);

    private final Map<MemberId, List<Mandate>> mandates;

    private Roster(MemberId[] members, String[] sortNames, MembershipStatus[] statuses, LocalDate[] joined,
                   Map<MemberId, List<Mandate>> mandates) {
        this.members = members;
        this.sortNames = sortNames;
        this.statuses = statuses;
        this.joined = joined;
        this.mandates = mandates;
    }

    /**
     * One row: the member, their sort name, their status, the day of their latest admission and
     * the roles they hold in the chapter on the day the page was asked for.
     */
    record Row(MemberId member, String sortName, MembershipStatus status, LocalDate joinedOn,
               List<MandateRole> roles) {
    }

    /**
     * Reads the chapter's roster and its stamp with the entity manager's connection, the stamp
     * and the memberships in one statement and the mandates after them; nothing if there is no
     * such chapter. Call it in a transaction that has written nothing, so it holds only committed
     * rows.
     */
    static KeptReads.Read<Roster> read(EntityManager em, ChapterId chapter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(READ).setParameter(1, chapter.toString()).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        long stamp = ((Number) rows.get(0)[0]).longValue();
        UnionId union = UnionId.of((String) rows.get(0)[1]);
        List<Object[]> present = rows.stream().filter(r -> r[2] != null).toList();
        MemberId[] members = new MemberId[present.size()];
        String[] sortNames = new String[present.size()];
        MembershipStatus[] statuses = new MembershipStatus[present.size()];
        LocalDate[] joined = new LocalDate[present.size()];
        Map<Object, LocalDate> days = new HashMap<>();
        for (int i = 0; i < members.length; i++) {
            Object[] r = present.get(i);
            members[i] = MemberId.of((String) r[2]);
            sortNames[i] = (String) r[5];
            statuses[i] = MembershipStatus.valueOf((String) r[3]);
            joined[i] = days.computeIfAbsent(r[4], Roster::day);
        }
        Map<MemberId, List<Mandate>> mandates = JpaMandates.heldIn(em, union, chapter).stream()
                .collect(Collectors.groupingBy(Mandate::holder));
        return new KeptReads.Read<>(stamp, new Roster(members, sortNames, statuses, joined, mandates));
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** How many rows it holds, of any status. */
    int size() {
        return members.length;
    }

    /** Whether it can answer for these statuses (it holds no ended memberships). */
    static boolean covers(Collection<MembershipStatus> statuses) {
        return !statuses.contains(MembershipStatus.LEFT);
    }

    /** How many rows have one of the statuses. */
    int count(Collection<MembershipStatus> statuses) {
        return view(statuses).length;
    }

    /**
     * The rows with one of the statuses, from {@code offset} on, at most {@code limit}, with the
     * roles held on the day.
     */
    List<Row> page(Collection<MembershipStatus> statuses, long offset, int limit, LocalDate day) {
        int[] view = view(statuses);
        List<Row> page = new ArrayList<>(Math.min(limit, view.length));
        for (long i = Math.max(0, offset); i < view.length && i < offset + limit; i++) {
            int at = view[(int) i];
            page.add(new Row(members[at], sortNames[at], this.statuses[at], joined[at],
                    Mandate.rolesOn(mandates.getOrDefault(members[at], List.of()), day)));
        }
        return page;
    }

    private int[] view(Collection<MembershipStatus> wanted) {
        int mask = 0;
        for (MembershipStatus s : wanted) {
            mask |= 1 << s.ordinal();
        }
        int[] view = views.get(mask);
        if (view == null) {
            int[] all = new int[members.length];
            int n = 0;
            for (int i = 0; i < members.length; i++) {
                if ((mask & (1 << statuses[i].ordinal())) != 0) {
                    all[n++] = i;
                }
            }
            view = Arrays.copyOf(all, n);
            views.set(mask, view);
        }
        return view;
    }

}
