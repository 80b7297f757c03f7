package org.unionhall.application.election;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.crypto.ballot.Contest;
import org.unionhall.crypto.ballot.ContestMethod;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.election.Election;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.ElectionTrustee;
import org.unionhall.domain.election.Elections;
import org.unionhall.domain.election.SubjectKind;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.Moments;

/**
 * Setting an election up (protocol §5): a steward of the scope prepares a secret member ballot,
 * its manifest fixed and its trustees named, in phase CEREMONY; a union's treasurer prepares the
 * ballot of a participatory budget.
 */
final class ElectionSetup {
    /** The protocol version of new elections (docs/protocol.md): 2 signs a receipt for every ballot. */
    private static final int PROTOCOL_VERSION = 2;

    private final ElectionLookup lookup;
    private final Stores stores;
    private final Elections elections;

    ElectionSetup(ElectionLookup lookup) {
        this.lookup = lookup;
        this.stores = lookup.stores;
        this.elections = lookup.elections;
    }

    ElectionId prepare(Actor actor, PrepareElection request) {
        Check.present(request, "The election");
        ElectionLookup.Scope scope = lookup.scope(request.scopeSlug());
        if (request.subjectKind() == SubjectKind.BUDGET_ROUND) {
            if (scope.chapter().isPresent() || !actor.powers(stores).isTreasurerOf(scope.union().id())) {
                throw new AccessDenied("Only a treasurer of " + scope.name() + " may put a participatory budget to "
                        + "its members.");
            }
        } else if (!lookup.stewards(actor, scope)) {
            throw new AccessDenied("Only a steward of " + scope.name() + " may prepare a secret ballot there "
                    + "(members call one by proposing a motion).");
        }
        List<MemberId> trustees = request.trustees();
        if (trustees.isEmpty() || trustees.size() > Election.MAX_TRUSTEES) {
            throw new InvalidInput("An election names between 1 and " + Election.MAX_TRUSTEES + " trustees.");
        }
        if (new HashSet<>(trustees).size() != trustees.size()) {
            throw new InvalidInput("A member can be named trustee only once.");
        }
        for (MemberId t : trustees) {
            if (!stores.memberships().isActiveInUnion(t, scope.union().id())) {
                throw new InvalidInput("Every trustee must be an active member of " + scope.union().name() + ".");
            }
        }
        if (request.contests().isEmpty() || request.contests().size() > Election.MAX_QUESTIONS) {
            throw new InvalidInput("An election asks between 1 and " + Election.MAX_QUESTIONS + " questions.");
        }
        for (ContestSpec c : request.contests()) {
            if (c.options() == null || c.options().size() > Election.MAX_OPTIONS) {
                throw new InvalidInput("A question offers at most " + Election.MAX_OPTIONS + " options.");
            }
        }
        ElectionId id = ElectionId.generate();
        String title = Check.text(request.title(), "The title", 200);
        List<Contest> contests = new ArrayList<>();
        for (ContestSpec c : request.contests()) {
            contests.add(contest(c));
        }
        Manifest manifest;
        try {
            manifest = new Manifest(id.toString(), title, contests, trustees.size(), request.threshold(),
                    PROTOCOL_VERSION);
        } catch (InvalidInputException e) {
            throw new InvalidInput("These election settings are not valid: " + e.getMessage() + ".");
        }
        Election election = new Election(id, scope.union().id(), scope.chapter().map(Chapter::id),
                request.subjectKind(), request.subjectId(), title, Json.write(RecordCodec.manifest(manifest)),
                trustees.size(), request.threshold(), request.opensAt(), request.closesAt(), stores.time().now());
        elections.add(election);
        for (int i = 0; i < trustees.size(); i++) {
            elections.add(new ElectionTrustee(id, 1, i + 1, trustees.get(i)));
        }
        lookup.audit(Optional.of(actor.memberId()), AuditAction.ELECTION_PREPARED, election,
                "Secret member ballot prepared: " + trustees.size() + " trustees, threshold " + request.threshold()
                        + ", voting " + Moments.inWords(election.opensAt()) + " to " + Moments.inWords(election.closesAt()) + ".");
        return id;
    }

    private static Contest contest(ContestSpec c) {
        try {
            ContestMethod method = ContestMethod.of(Check.text(c.method(), "The method", 40));
            return new Contest(Check.text(c.id(), "The question id", 60), Check.text(c.question(), "The question",
                    500), method, c.options().stream().map(o -> Check.text(o, "An option", 200)).toList(), c.min(),
                    c.max(), c.range());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("The question \"" + Check.abbreviate(String.valueOf(c.id())) + "\" is not valid: "
                    + e.getMessage() + ".");
        }
    }
}
