package org.unionhall.application.election;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.ballot.Roll;
import org.unionhall.crypto.ballot.RollEntry;
import org.unionhall.crypto.ballot.TrackingCodes;
import org.unionhall.crypto.ballot.VotingOpened;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.record.RecordFormatException;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.election.CeremonyMessage;
import org.unionhall.domain.election.Election;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.ElectionTrustee;
import org.unionhall.domain.election.Elections;
import org.unionhall.domain.election.RollCredential;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.ScopeKind;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;

/**
 * What every part of the election service needs: finding an election (and locking its row),
 * its scope and what the caller may do there, its manifest, context, roll and ceremony
 * transcript as ballot-crypto reads them, decoding values from outside, and the audit trail.
 * The election's context is decoded once and kept while it does not change.
 */
final class ElectionLookup {
    final Stores stores;
    final Elections elections;
    private final Map<String, CachedContext> contexts = new ConcurrentHashMap<>();

    private record CachedContext(String json, ElectionContext context) {
    }

    ElectionLookup(Stores stores, Elections elections) {
        this.stores = stores;
        this.elections = elections;
    }

    record Scope(Union union, Optional<Chapter> chapter) {
        ScopeKind kind() {
            return chapter.isPresent() ? ScopeKind.CHAPTER : ScopeKind.UNION;
        }

        String slug() {
            return chapter.map(Chapter::slug).orElse(union.slug());
        }

        String name() {
            return chapter.map(Chapter::name).orElse(union.name());
        }
    }

    Scope scope(String slug) {
        String s = Check.slug(slug, "The union or chapter");
        Optional<Chapter> chapter = stores.chapters().findBySlug(s);
        if (chapter.isPresent()) {
            return new Scope(stores.unions().find(chapter.get().unionId()).orElseThrow(), chapter);
        }
        return new Scope(stores.unions().findBySlug(s).orElseThrow(() -> new NotFound("There is no union or chapter \""
                + s + "\".")), Optional.empty());
    }

    Scope scopeOf(Election e) {
        Union union = stores.unions().find(e.unionId()).orElseThrow();
        return new Scope(union, e.chapterId().map(c -> stores.chapters().find(c).orElseThrow()));
    }

    /** code_0: in version 2 it binds the board key and what was fixed at the opening (protocol §8.5). */
    static byte[] genesis(byte[] extendedHash, Optional<VotingOpened> opened) {
        return opened.map(o -> TrackingCodes.genesis(extendedHash, o)).orElseGet(() -> TrackingCodes.genesis(extendedHash));
    }

    static RecordCodec.DeclaredContext declaredContext(Election e) {
        return RecordCodec.context(Json.parse(e.contextJson().orElseThrow()));
    }

    /** Who {@link Elections#eligibleCount} counts, in the words the record publishes. */
    static String eligibleBasis(Scope scope) {
        return "active members of " + scope.chapter().map(c -> "the chapter " + c.name() + " of " + scope.union().name())
                .orElse("the union " + scope.union().name()) + " when voting opened";
    }

    /** Whether the caller is an active member of the election's scope, and so may vote. */
    boolean eligible(Actor actor, Scope scope) {
        return actor.powers(stores).isMemberOf(scope.union().id(), scope.chapter().map(Chapter::id));
    }

    boolean stewards(Actor actor, Scope scope) {
        return actor.powers(stores).stewards(scope.union().id(), scope.chapter().map(Chapter::id));
    }

    void requireSteward(Actor actor, Election e) {
        Scope scope = scopeOf(e);
        if (!stewards(actor, scope)) {
            actor.powers(stores).requireSecondFactorFor(MandateRole.STEWARD, scope.union().id(),
                    scope.chapter().map(Chapter::id));
            throw new AccessDenied("Only a steward of " + scope.name() + " may open or close its voting.");
        }
    }

    Election election(ElectionId id) {
        return elections.find(id).orElseThrow(() -> new NotFound("There is no election " + id + "."));
    }

    Election locked(ElectionId id) {
        return elections.lock(id).orElseThrow(() -> new NotFound("There is no election " + id + "."));
    }

    int trusteeIndex(Actor actor, Election e) {
        actor.powers(stores).requireSecondFactorFor(MandateRole.TRUSTEE);
        return elections.trustees(e.id(), e.ceremonyRound()).stream()
                .filter(t -> t.member().equals(actor.memberId())).map(ElectionTrustee::index).findFirst()
                .orElseThrow(() -> new AccessDenied("Only the named trustees of \"" + e.title() + "\" may send this."));
    }

    static Manifest manifest(Election e) {
        return RecordCodec.manifest(Json.parse(e.manifestJson()));
    }

    ElectionContext context(Election e) {
        String json = e.contextJson().orElseThrow(() -> new RuleViolation("The election \"" + e.title() + "\" is "
                + e.describePhase() + "; its election context is fixed when voting opens."));
        CachedContext cached = contexts.get(e.id().toString());
        if (cached != null && cached.json().equals(json)) {
            return cached.context();
        }
        RecordCodec.DeclaredContext d = RecordCodec.context(Json.parse(json));
        ElectionContext context = ElectionContext.create(manifest(e), d.jointKey(), d.ceremonyDigest(),
                d.rollDigest());
        contexts.put(e.id().toString(), new CachedContext(json, context));
        return context;
    }

    /** The roll in the order of its published file: by the credential's text, never by registration. */
    Roll roll(ElectionId id) {
        List<RollCredential> rows = new ArrayList<>(elections.roll(id));
        rows.sort(Comparator.comparing(RollCredential::credential));
        return new Roll(rows.stream().map(r -> new RollEntry(GroupElement.decode(Bytes.decode(r.credential())),
                r.weight())).toList());
    }

    record Transcript(List<TrusteeAnnouncement> announcements, List<EncryptedShare> shares, int senders) {
        Optional<TrusteeAnnouncement> announcement(int index) {
            return announcements.stream().filter(a -> a.trustee() == index).findFirst();
        }
    }

    Transcript transcript(Election e) {
        List<Object> announcements = new ArrayList<>();
        List<Object> shares = new ArrayList<>();
        int senders = 0;
        for (CeremonyMessage m : elections.messages(e.id(), e.ceremonyRound())) {
            if (m.kind() == CeremonyMessage.Kind.ANNOUNCEMENT) {
                announcements.add(Json.parse(m.body()));
            } else if (m.kind() == CeremonyMessage.Kind.SHARES) {
                shares.addAll((List<?>) Json.parse(m.body()));
                senders++;
            }
        }
        RecordCodec.Ceremony c = RecordCodec.ceremony(Map.of("announcements", announcements, "shares", shares));
        List<TrusteeAnnouncement> as = new ArrayList<>(c.announcements());
        as.sort(Comparator.comparingInt(TrusteeAnnouncement::trustee));
        List<EncryptedShare> ss = new ArrayList<>(c.shares());
        ss.sort(Comparator.comparingInt(EncryptedShare::from).thenComparingInt(EncryptedShare::to));
        return new Transcript(as, ss, senders);
    }

    /** Decodes a value from outside with ballot-crypto's codec; any refusal becomes a message for a person. */
    static <T> T read(String what, java.util.function.Supplier<T> decode) {
        try {
            return decode.get();
        } catch (RuntimeException e) {
            if (!(e instanceof IllegalArgumentException || e instanceof RecordFormatException
                    || e instanceof ClassCastException || e instanceof NullPointerException)) {
                throw e;
            }
            String reason = e instanceof InvalidInputException || e instanceof RecordFormatException
                    ? e.getMessage() : "a field is missing or has the wrong type";
            throw new InvalidInput(what + " cannot be read: " + reason + ".");
        }
    }

    void audit(Optional<MemberId> actor, AuditAction action, Election e, String detail) {
        String d = detail.length() <= 300 ? detail : detail.substring(0, 299) + "…";
        stores.audit().append(new AuditEntry(actor, action, Optional.empty(), e.unionId(), e.chapterId(),
                "Election \"" + e.title() + "\" (" + e.id() + ")", d, stores.time().now()));
    }

    static boolean has(List<CeremonyMessage> messages, CeremonyMessage.Kind kind, int sender) {
        return messages.stream().anyMatch(m -> m.kind() == kind && m.sender() == sender);
    }
}
