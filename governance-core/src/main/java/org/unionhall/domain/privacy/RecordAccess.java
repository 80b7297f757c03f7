package org.unionhall.domain.privacy;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.shared.Check;

/**
 * That someone looked at or exported part of a member's record: a steward reading the member
 * roll or a join request, or the member exporting their own data. The member sees these lines
 * on their data page; they are kept for {@link Retention#RECORD_ACCESS}.
 */
@Entity
@Table(name = "record_access")
@Access(AccessType.FIELD)
public class RecordAccess {
    /** Looked at, or took a copy. */
    public enum Kind {
        /** Read it on a page or through the API. */
        VIEWED,
        /** Took an export of it. */
        EXPORTED
    }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    @Column(name = "viewer_id", nullable = false, length = 36)
    private String viewerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    @Column(name = "what", nullable = false, length = 200)
    private String what;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** For JPA only. */
    protected RecordAccess() {
    }

    /**
     * @param member whose record
     * @param viewer who looked at it or exported it
     * @param what which part, in a few words ("membership in North, on the stewards' member roll")
     */
    public RecordAccess(MemberId member, MemberId viewer, Kind kind, String what, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.memberId = member.toString();
        this.viewerId = viewer.toString();
        this.kind = Objects.requireNonNull(kind);
        String text = Check.text(what, "What was read", 1000);
        this.what = text.length() > 200 ? text.substring(0, 199) + "…" : text;
        this.occurredAt = Objects.requireNonNull(at);
    }

    /** Whose record. */
    public MemberId member() {
        return MemberId.of(memberId);
    }

    /** Who read it. */
    public MemberId viewer() {
        return MemberId.of(viewerId);
    }

    /** Viewed or exported. */
    public Kind kind() {
        return kind;
    }

    /** Which part. */
    public String what() {
        return what;
    }

    /** When. */
    public Instant occurredAt() {
        return occurredAt;
    }
}
