package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.unionhall.domain.membership.ChapterId;

/**
 * The member lists of the chapters asked for lately, each kept with the chapter's roster stamp it
 * was read at ({@link ReadStamps}, {@link KeptReads}): a request is given a kept roster only while
 * the stamp its transaction sees is the same.
 */
@ApplicationScoped
public class Rosters {
    /** The most rows kept over all chapters (about 150 bytes each); the least used rosters go first. */
    static final int MAX_ROWS = 500_000;

    private KeptReads<ChapterId, Roster> kept;

    /** For CDI's proxy. */
    protected Rosters() {
    }

    /** @param reads reads a roster from committed rows, in a transaction of its own */
    @Inject
    public Rosters(CommittedReads reads) {
        this.kept = new KeptReads<>(chapter -> reads.read(em -> Roster.read(em, chapter)), Roster::size, MAX_ROWS);
    }

    /**
     * The chapter's roster at the stamp the caller's transaction sees, or nothing when the caller
     * must read from the tables.
     */
    public Optional<Roster> at(ChapterId chapter, long stamp) {
        return kept.at(chapter, stamp);
    }

    /**
     * The chapter's roster kept last, with its stamp, or nothing: the caller must compare that
     * stamp with the one its own transaction sees before using it.
     */
    public Optional<KeptReads.Read<Roster>> latest(ChapterId chapter) {
        return kept.latest(chapter);
    }
}
