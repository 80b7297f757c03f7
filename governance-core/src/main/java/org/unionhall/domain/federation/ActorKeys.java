package org.unionhall.domain.federation;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The keys of one actor of this installation (the instance actor, {@value #INSTANCE}, or a union,
 * by its id), as PEM text: an RSA-2048 pair for HTTP signatures and an Ed25519 pair for object
 * integrity proofs. Made once, the first time the actor is served, and never changed here; the
 * private halves never leave the server (a database backup holds them).
 */
@Entity
@Table(name = "federation_actor_key")
@Access(AccessType.FIELD)
public class ActorKeys {
    /** The instance actor's row. */
    public static final String INSTANCE = "instance";

    @Id
    @Column(name = "actor_name", length = 80)
    private String actorName;

    @Column(name = "rsa_public_pem", nullable = false, length = 1000)
    private String rsaPublicPem;

    @Column(name = "rsa_private_pem", nullable = false, length = 4000)
    private String rsaPrivatePem;

    @Column(name = "ed25519_public_pem", nullable = false, length = 300)
    private String ed25519PublicPem;

    @Column(name = "ed25519_private_pem", nullable = false, length = 300)
    private String ed25519PrivatePem;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA only. */
    protected ActorKeys() {
    }

    /** The keys of {@code actorName}, made at {@code now}. */
    public ActorKeys(String actorName, String rsaPublicPem, String rsaPrivatePem, String ed25519PublicPem,
                     String ed25519PrivatePem, Instant now) {
        this.actorName = Objects.requireNonNull(actorName, "actorName");
        this.rsaPublicPem = Objects.requireNonNull(rsaPublicPem, "rsaPublicPem");
        this.rsaPrivatePem = Objects.requireNonNull(rsaPrivatePem, "rsaPrivatePem");
        this.ed25519PublicPem = Objects.requireNonNull(ed25519PublicPem, "ed25519PublicPem");
        this.ed25519PrivatePem = Objects.requireNonNull(ed25519PrivatePem, "ed25519PrivatePem");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    public String actorName() {
        return actorName;
    }

    public String rsaPublicPem() {
        return rsaPublicPem;
    }

    public String rsaPrivatePem() {
        return rsaPrivatePem;
    }

    public String ed25519PublicPem() {
        return ed25519PublicPem;
    }

    public String ed25519PrivatePem() {
        return ed25519PrivatePem;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
