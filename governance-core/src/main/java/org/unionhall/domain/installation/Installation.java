package org.unionhall.domain.installation;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.shared.RuleViolation;

/**
 * This installation of Unionhall, as one row. It is <b>set up</b> once it has been founded (its
 * federation, first union, first chapter and first steward made in one step), or once it holds
 * anything at all: a federation, a union or a person (the demo data, a restored backup, an
 * installation older than this rule). An installation is founded once; whoever founds it holds
 * this row's lock while doing so, so two founders at once cannot both succeed.
 */
@Entity
@Table(name = "installation")
@Access(AccessType.FIELD)
public class Installation {
    /** The id of the one row. */
    public static final String ID = "installation";

    /** What anyone trying to set up an installation that is set up is told. */
    public static final String ALREADY_SET_UP = "This installation is already set up. Sign in instead; "
            + "the stewards of its unions add chapters and people.";

    @Id
    @Column(name = "id", length = 20)
    private String id;

    @Column(name = "founded_at")
    private Instant foundedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only (the row is written by the migration). */
    protected Installation() {
    }

    /**
     * Whether it is set up.
     *
     * @param holdsAnything whether the database holds any federation, union or person
     */
    public boolean isSetUp(boolean holdsAnything) {
        return foundedAt != null || holdsAnything;
    }

    /**
     * Founds the installation now.
     *
     * @param holdsAnything whether the database holds any federation, union or person
     * @throws RuleViolation when it is already set up
     */
    public void found(boolean holdsAnything, Instant now) {
        if (isSetUp(holdsAnything)) {
            throw new RuleViolation(ALREADY_SET_UP);
        }
        this.foundedAt = Objects.requireNonNull(now);
    }

    /** When it was founded through setup, if it was. */
    public Optional<Instant> foundedAt() {
        return Optional.ofNullable(foundedAt);
    }
}
