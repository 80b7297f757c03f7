package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.membership.Invitation;
import org.unionhall.domain.membership.InvitationStatus;
import org.unionhall.domain.membership.JoinRequest;
import org.unionhall.domain.membership.JoinRequestStatus;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.notification.Notification;
import org.unionhall.domain.privacy.PersonalData;
import org.unionhall.domain.privacy.Pseudonym;
import org.unionhall.domain.privacy.Retention;
import org.unionhall.domain.treasury.Amount;

/**
 * A person's data across the tables, their erasure and the retention deletes.
 *
 * <p>Erasure moves the person's rows to the pseudonym's id by reading the schema from the
 * database itself: every text column of 36 characters (the width of every id Unionhall makes)
 * that holds the person's id is set to the pseudonym's, so a table added by a later migration is
 * covered without being named here. Member ids are random UUIDs, so no other id can be equal.
 * A pseudonymous member row is written first and the person's row deleted last, so every
 * foreign key holds at every statement, on H2 as on PostgreSQL. Tables whose rows are the
 * person's own (sign-in and its second factor, notifications, join requests and their notes, who
 * read their record, the invitations that name them by address or made their membership) are
 * deleted, not moved; invitations the person sent as a steward name the people invited, and stay,
 * sent by the pseudonym.
 */
@ApplicationScoped
public class JpaPersonalData extends JpaRepository implements PersonalData {
    /** Rows that are the person's alone and go with them, child tables first. */
    private static final List<String> DELETED_WITH_THE_PERSON = List.of(
            "DELETE FROM sign_in_session WHERE member_id = ?1",
            "DELETE FROM trusted_device WHERE member_id = ?1",
            "DELETE FROM recovery_code WHERE member_id = ?1",
            "DELETE FROM two_factor WHERE member_id = ?1",
            "DELETE FROM sign_in_account WHERE member_id = ?1",
            "DELETE FROM notification WHERE member_id = ?1",
            "DELETE FROM motion_following WHERE member_id = ?1",
            "DELETE FROM join_request WHERE member_id = ?1",
            "DELETE FROM record_access WHERE member_id = ?1",
            "DELETE FROM password_reset WHERE member_id = ?1",
            "DELETE FROM mail_preference WHERE member_id = ?1",
            "DELETE FROM sign_up WHERE email = (SELECT email FROM union_member WHERE id = ?1)",
            "DELETE FROM invitation WHERE member_id = ?1 OR email = (SELECT email FROM union_member WHERE id = ?1)",
            "DELETE FROM outgoing_mail WHERE LOWER(recipient) = (SELECT email FROM union_member WHERE id = ?1)");

    /**
     * What the person chose that ends with them: the public name they gave their contributions
     * under, and their pledges, cancelled. The contributions stay (the money is in the ledger) and
     * move to the pseudonym with every other row.
     */
    private static final List<String> ENDED_WITH_THE_PERSON = List.of(
            "UPDATE contribution SET public_name = NULL WHERE member_id = ?1",
            "UPDATE contribution_pledge SET cancelled_at = CURRENT_TIMESTAMP, active_key = NULL "
                    + "WHERE member_id = ?1 AND cancelled_at IS NULL");

    /**
     * The treasury's append-only tables (V80, V81): they hold ids of ledgers, accounts and
     * transfers, never a member's, and the database refuses to change them; a transfer id is
     * chosen by the client, so one equal to a member's id must not make an erasure try.
     */
    private static final java.util.Set<String> APPEND_ONLY = java.util.Set.of("ledger_transfer", "ledger_checkpoint",
            "ledger_checkpoint_balance");

    /** Columns that hold a client-chosen transfer id, for the same reason: never a member's id. */
    private static final java.util.Set<String> TRANSFER_IDS = java.util.Set.of("contribution.transfer_id");

    /** For CDI. */
    protected JpaPersonalData() {
    }

    /** For Java SE use. */
    public JpaPersonalData(EntityManager em) {
        super(em);
    }

    @Override
    public List<ContributionGiven> contributionsOf(MemberId person) {
        List<?> rows = em.createNativeQuery("SELECT u.name, a.name, c.kind, c.amount, c.currency, c.received_on, "
                + "c.public_name, c.from_statement FROM contribution c JOIN trade_union u ON u.id = c.union_id "
                + "JOIN ledger_account a ON a.id = c.fund_id WHERE c.member_id = ?1 "
                + "ORDER BY c.received_on DESC, c.recorded_at DESC").setParameter(1, person.toString()).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new ContributionGiven((String) r[0], (String) r[1],
                (String) r[2], money(r[3], r[4]), day(r[5]), Optional.ofNullable((String) r[6]),
                Boolean.TRUE.equals(r[7]))).toList();
    }

    @Override
    public List<PledgeMade> pledgesOf(MemberId person) {
        List<?> rows = em.createNativeQuery("SELECT u.name, a.name, p.kind, p.amount, p.currency, p.period, "
                + "p.made_at, p.cancelled_at FROM contribution_pledge p JOIN trade_union u ON u.id = p.union_id "
                + "JOIN ledger_account a ON a.id = p.fund_id WHERE p.member_id = ?1 ORDER BY p.made_at DESC")
                .setParameter(1, person.toString()).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new PledgeMade((String) r[0], (String) r[1],
                (String) r[2], money(r[3], r[4]), (String) r[5], instant(r[6]),
                Optional.ofNullable(r[7]).map(JpaPersonalData::instant))).toList();
    }

    private static String money(Object minorUnits, Object currency) {
        String code = ((String) currency).strip();
        return Amount.decimal(((Number) minorUnits).longValue(), Currency.getInstance(code)) + " " + code;
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    @Override
    public SignInData signInOf(MemberId person) {
        List<?> factor = em.createNativeQuery("SELECT confirmed_at FROM two_factor WHERE member_id = ?1 "
                + "AND confirmed_at IS NOT NULL").setParameter(1, person.toString()).getResultList();
        long left = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM recovery_code WHERE member_id = ?1 "
                + "AND used_at IS NULL").setParameter(1, person.toString()).getSingleResult()).longValue();
        List<?> rows = em.createNativeQuery("SELECT started_at, last_seen_at, device, second_factor_at "
                + "FROM sign_in_session WHERE member_id = ?1 AND awaiting_code = FALSE ORDER BY started_at DESC")
                .setParameter(1, person.toString()).getResultList();
        return new SignInData(factor.isEmpty() ? null : instant(factor.get(0)), factor.isEmpty() ? 0 : left,
                rows.stream().map(r -> (Object[]) r).map(r -> new SessionHeld(instant(r[0]), instant(r[1]),
                        r[2] == null ? "Unknown browser" : (String) r[2], r[3] != null)).toList());
    }

    @Override
    public List<JoinRequest> joinRequestsOf(MemberId person) {
        return em.createQuery("SELECT r FROM JoinRequest r WHERE r.memberId = :m ORDER BY r.requestedAt DESC, r.id",
                JoinRequest.class).setParameter("m", person.toString()).getResultList();
    }

    @Override
    public List<Notification> notificationsOf(MemberId person) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.memberId = :m ORDER BY n.createdAt DESC, n.id",
                Notification.class).setParameter("m", person.toString()).getResultList();
    }

    @Override
    public List<AuditEntry> auditAbout(MemberId person) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.subjectId = :m ORDER BY a.occurredAt DESC, a.id",
                AuditEntry.class).setParameter("m", person.toString()).getResultList();
    }

    @Override
    public List<CongressVoteCast> congressVotesOf(MemberId person) {
        List<?> rows = em.createNativeQuery("SELECT m.id, m.title, b.choice, b.weight, b.seat_of, b.overridden, "
                        + "b.cast_at FROM congress_ballot b JOIN congress_vote v ON v.id = b.vote_id "
                        + "JOIN motion m ON m.id = v.motion_id WHERE b.voter_id = ?1 ORDER BY b.cast_at DESC, m.id")
                .setParameter(1, person.toString()).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new CongressVoteCast((String) r[0], (String) r[1],
                (String) r[2], ((Number) r[3]).longValue(), !person.toString().equals(r[4]),
                Boolean.TRUE.equals(r[5]), instant(r[6]))).toList();
    }

    @Override
    public List<CommentWritten> commentsOf(MemberId person) {
        List<?> rows = em.createNativeQuery("SELECT c.id, m.id, m.title, c.body, c.quote, c.posted_at, c.edited_at, "
                        + "c.hidden_reason FROM motion_comment c JOIN motion m ON m.id = c.motion_id "
                        + "WHERE c.author_id = ?1 ORDER BY c.posted_at, c.id")
                .setParameter(1, person.toString()).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new CommentWritten((String) r[0], (String) r[1],
                (String) r[2], (String) r[3], Optional.ofNullable((String) r[4]), instant(r[5]),
                Optional.ofNullable(r[6]).map(JpaPersonalData::instant), Optional.ofNullable((String) r[7]))).toList();
    }

    @Override
    public List<ElectionTaken> electionsOf(MemberId person) {
        List<?> rows = em.createNativeQuery("SELECT e.id, e.title, e.phase, v.has_voted FROM election_voter v "
                        + "JOIN election e ON e.id = v.election_id WHERE v.member_id = ?1 ORDER BY e.created_at DESC, e.id")
                .setParameter(1, person.toString()).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new ElectionTaken((String) r[0], (String) r[1],
                (String) r[2], Boolean.TRUE.equals(r[3]))).toList();
    }

    @Override
    public List<Invitation> invitationsTo(MemberId person, String email) {
        return em.createQuery("SELECT i FROM Invitation i WHERE i.memberId = :m OR i.email = :e "
                        + "ORDER BY i.invitedAt DESC, i.id", Invitation.class)
                .setParameter("m", person.toString()).setParameter("e", email).getResultList();
    }

    @Override
    public List<Invitation> invitationsSentBy(MemberId person) {
        return em.createQuery("SELECT i FROM Invitation i WHERE i.invitedBy = :m ORDER BY i.invitedAt DESC, i.id",
                Invitation.class).setParameter("m", person.toString()).getResultList();
    }

    @Override
    public boolean lockAccount(MemberId person) {
        return !em.createNativeQuery("SELECT member_id FROM sign_in_account WHERE member_id = ?1 FOR UPDATE")
                .setParameter(1, person.toString()).getResultList().isEmpty();
    }

    @Override
    public void erase(MemberId person, Pseudonym pseudonym) {
        em.flush();
        String old = person.toString();
        String fresh = pseudonym.id().toString();
        for (String delete : DELETED_WITH_THE_PERSON) {
            em.createNativeQuery(delete).setParameter(1, old).executeUpdate();
        }
        for (String end : ENDED_WITH_THE_PERSON) {
            em.createNativeQuery(end).setParameter(1, old).executeUpdate();
        }
        em.createNativeQuery("INSERT INTO union_member (id, display_name, sort_name, email, preferred_language, "
                        + "created_at, version) SELECT ?1, ?2, ?3, ?4, 'en', created_at, 1 FROM union_member WHERE id = ?5")
                .setParameter(1, fresh).setParameter(2, pseudonym.displayName()).setParameter(3, pseudonym.sortName())
                .setParameter(4, pseudonym.unreachableEmail()).setParameter(5, old).executeUpdate();
        for (Object[] column : idColumns()) {
            String table = (String) column[0];
            String name = (String) column[1];
            if (table.equalsIgnoreCase("union_member") && name.equalsIgnoreCase("id")
                    || APPEND_ONLY.contains(table.toLowerCase(java.util.Locale.ROOT))
                    || TRANSFER_IDS.contains((table + "." + name).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            em.createNativeQuery("UPDATE " + identifier(table) + " SET " + identifier(name) + " = ?1 WHERE "
                    + identifier(name) + " = ?2").setParameter(1, fresh).setParameter(2, old).executeUpdate();
        }
        em.createNativeQuery("UPDATE membership SET sort_name = ?1 WHERE member_id = ?2")
                .setParameter(1, pseudonym.sortName()).setParameter(2, fresh).executeUpdate();
        // The kept member lists hold the person's id and name: raising the stamps retires them.
        em.createNativeQuery("UPDATE chapter SET roster_stamp = roster_stamp + 1 WHERE id IN "
                + "(SELECT chapter_id FROM membership WHERE member_id = ?1) OR union_id IN "
                + "(SELECT union_id FROM mandate WHERE member_id = ?1)").setParameter(1, fresh).executeUpdate();
        em.createNativeQuery("DELETE FROM union_member WHERE id = ?1").setParameter(1, old).executeUpdate();
        em.clear();
    }

    /** Table and column of every text column as wide as an id, in the schema the connection uses. */
    private List<Object[]> idColumns() {
        List<?> rows = em.createNativeQuery("SELECT c.table_name, c.column_name FROM information_schema.columns c "
                + "JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                + "WHERE c.table_schema = CURRENT_SCHEMA AND t.table_type = 'BASE TABLE' "
                + "AND c.character_maximum_length = 36 AND LOWER(c.data_type) = 'character varying' "
                + "ORDER BY c.table_name, c.column_name").getResultList();
        return rows.stream().map(r -> (Object[]) r).toList();
    }

    /** A name read from the schema, quoted as the database spells it (H2 upper case, PostgreSQL lower). */
    private static String identifier(String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalStateException("unexpected name in the schema: " + name);
        }
        return "\"" + name + "\"";
    }

    @Override
    public int forget(Retention kind, Instant cutOff) {
        return switch (kind) {
            case NOTIFICATIONS -> em.createQuery("DELETE FROM Notification n WHERE n.createdAt < :before")
                    .setParameter("before", cutOff).executeUpdate();
            case DECLINED_JOIN_REQUESTS -> em.createQuery("DELETE FROM JoinRequest r WHERE r.status = :declined "
                            + "AND r.decidedAt < :before")
                    .setParameter("declined", JoinRequestStatus.DECLINED).setParameter("before", cutOff).executeUpdate();
            case RECORD_ACCESS -> em.createQuery("DELETE FROM RecordAccess a WHERE a.occurredAt < :before")
                    .setParameter("before", cutOff).executeUpdate();
            case UNCONFIRMED_SIGN_UPS -> em.createQuery("DELETE FROM SignUp s WHERE s.requestedAt < :before")
                    .setParameter("before", cutOff).executeUpdate();
            case SETTLED_INVITATIONS -> em.createQuery("DELETE FROM Invitation i WHERE i.settledAt < :before "
                            + "OR (i.status = :pending AND i.expiresAt < :before)")
                    .setParameter("pending", InvitationStatus.PENDING).setParameter("before", cutOff).executeUpdate();
        };
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a moment: " + value);
    }
}
