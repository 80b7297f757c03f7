package org.unionhall.domain.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Small in-memory builders for the domain unit tests (no database). */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private Fixtures() {
    }

    static Union union() {
        return new Federation("fed", "Federation", NOW).foundUnion("mods", "Moderators' Union", "", NOW);
    }

    static Chapter chapter(Union union, int seats) {
        return union.openChapter("mods-north", "Mods North", "", seats, NOW);
    }

    static Member person(String name) {
        return new Member(name, name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org", "en", NOW);
    }

    static Membership activeMember(Chapter chapter, Member member) {
        return chapter.enrolFoundingMember(member, Optional.empty(), NOW, TODAY);
    }

    static Term year() {
        return new Term(TODAY, TODAY.plusYears(1).minusDays(1));
    }
}
