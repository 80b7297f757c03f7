package org.unionhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.Mandate;
import org.unionhall.domain.membership.MandateId;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.Powers;
import org.unionhall.domain.membership.ScopeKind;
import org.unionhall.domain.membership.Term;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;

/** Assigning and ending mandates; each change audited in the mandate's scope. */
@ApplicationScoped
@Transactional
public class DefaultMandateService extends ServiceSupport implements MandateService {

    /** For CDI's proxy. */
    protected DefaultMandateService() {
    }

    /** @param stores the repositories and clock */
    @Inject
    public DefaultMandateService(Stores stores) {
        super(stores);
    }

    @Override
    public MandateView assign(Actor actor, AssignMandate command) {
        me(actor);
        if (command == null) {
            throw new InvalidInput("The mandate to assign is missing.");
        }
        Check.present(command.role(), "The role");
        Check.present(command.scopeKind(), "The scope (chapter or union)");
        Term term = new Term(command.termStart(), command.termEnd());
        String reason = Check.reason(command.reason());
        MemberId holderId = MemberId.of(command.memberId());
        Member holder = stores.members().find(holderId)
                .orElseThrow(() -> new NotFound("There is no member " + holderId + "."));
        Mandate mandate;
        if (command.scopeKind() == ScopeKind.CHAPTER) {
            Chapter chapter = chapter(command.scopeSlug());
            powers(actor).requireSteward(chapter);
            mandate = chapter.appoint(command.role(), holder.id(), stores.memberships().find(holder.id(), chapter.id()),
                    term, stores.mandates().ofChapter(chapter.id()), actor.memberId(), stores.time().now(), today());
            stores.chapters().touch(chapter);
        } else {
            Union union = union(command.scopeSlug());
            powers(actor).requireUnionSteward(union);
            mandate = union.appoint(command.role(), holder.id(), stores.memberships().ofMember(holder.id()), term,
                    stores.mandates().ofUnion(union.id()), actor.memberId(), stores.time().now(), today());
        }
        stores.mandates().add(mandate);
        audit(actor, AuditAction.MANDATE_ASSIGNED, Optional.of(holder.id()), mandate.unionId(), mandate.chapterId(),
                reason, describe(mandate));
        return mandateViews(List.of(mandate)).get(0);
    }

    @Override
    public MandateView end(Actor actor, MandateId mandateId, String reason) {
        me(actor);
        Mandate mandate = stores.mandates().find(mandateId)
                .orElseThrow(() -> new NotFound("There is no mandate " + mandateId + "."));
        boolean own = mandate.holder().equals(actor.memberId());
        if (!own) {
            Powers powers = powers(actor);
            boolean allowed = mandate.chapterId()
                    .map(c -> powers.stewards(stores.chapters().find(c).orElseThrow()))
                    .orElseGet(() -> powers.stewardsUnion(mandate.unionId()));
            if (!allowed) {
                powers.requireSecondFactorFor(MandateRole.STEWARD, mandate.unionId(), mandate.chapterId());
                throw new AccessDenied("Only a steward of this mandate's "
                        + (mandate.scopeKind() == ScopeKind.CHAPTER ? "chapter (or its union)" : "union")
                        + " or its holder may end it.");
            }
        }
        mandate.endEarly(today(), reason);
        audit(actor, AuditAction.MANDATE_ENDED, Optional.of(mandate.holder()), mandate.unionId(), mandate.chapterId(),
                Check.reason(reason), describe(mandate) + (own ? " (stepped down)" : ""));
        return mandateViews(List.of(mandate)).get(0);
    }
}
