package org.unionhall.domain.membership;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.unionhall.domain.shared.Check;

/** A federation of unions: the body their delegates meet in. One installation hosts one. */
@Entity
@Table(name = "federation")
@Access(AccessType.FIELD)
public class Federation {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "slug", nullable = false, length = 60)
    private String slug;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA only. */
    protected Federation() {
    }

    /**
     * @param slug URL name
     * @param name display name, 1..120 characters
     * @param now founding moment
     */
    public Federation(String slug, String name, Instant now) {
        this.id = FederationId.generate().toString();
        this.slug = Check.slug(slug, "The federation's short name");
        this.name = Check.text(name, "The federation's name", 120);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Founds a union in this federation. */
    public Union foundUnion(String unionSlug, String unionName, String description, Instant now) {
        return new Union(id(), unionSlug, unionName, description, now);
    }

    /** Its id. */
    public FederationId id() {
        return FederationId.of(id);
    }

    /** Its URL name. */
    public String slug() {
        return slug;
    }

    /** Its name. */
    public String name() {
        return name;
    }
}
