package org.unionhall.application.treasury;

import java.util.Optional;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.treasury.Ledger;
import org.unionhall.domain.treasury.Ledgers;

/**
 * Where the treasury's services find a union and its ledger by the union's short name, and how
 * they write their audit entries: one home for the words of "no such union", "no ledger yet" and
 * for taking the ledger's lock before anything recorded is read.
 */
final class UnionBooks {
    private final Stores stores;
    private final Ledgers ledgers;

    UnionBooks(Stores stores, Ledgers ledgers) {
        this.stores = stores;
        this.ledgers = ledgers;
    }

    Union union(String slug) {
        return Optional.ofNullable(slug).flatMap(s -> stores.unions().findBySlug(s.strip()))
                .orElseThrow(() -> new NotFound("There is no union \"" + Check.abbreviate(String.valueOf(slug))
                        + "\"."));
    }

    Ledger ledgerOf(Union union) {
        return ledgers.ofUnion(union.id()).orElseThrow(() -> new NotFound(union.name() + " has no ledger yet."));
    }

    /** The union's ledger with its row locked: taken before any account or row is read. */
    Ledger locked(Union union) {
        return ledgers.lock(ledgerOf(union).id()).orElseThrow();
    }

    /** An entry in the union's trail, by the actor, about nobody in particular. */
    void audit(Actor actor, AuditAction action, Union union, String detail) {
        stores.audit().append(new AuditEntry(Optional.of(actor.memberId()), action, Optional.empty(), union.id(),
                Optional.empty(), "", detail, stores.time().now()));
    }
}
