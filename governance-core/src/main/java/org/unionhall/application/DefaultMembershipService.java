package org.unionhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.JoinRequest;
import org.unionhall.domain.membership.JoinRequestId;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Membership;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.NotFound;

/** Join requests, admissions, suspensions and leaving; each change audited in its chapter. */
@ApplicationScoped
@Transactional
public class DefaultMembershipService extends ServiceSupport implements MembershipService {

    /** For CDI's proxy. */
    protected DefaultMembershipService() {
    }

    /** @param stores the repositories and clock */
    @Inject
    public DefaultMembershipService(Stores stores) {
        super(stores);
    }

    @Override
    public JoinRequestView requestToJoin(Actor actor, String chapterSlug, String note) {
        Member me = me(actor);
        Chapter chapter = chapter(chapterSlug);
        JoinRequest request = chapter.receiveJoinRequest(me.id(), stores.memberships().find(me.id(), chapter.id()),
                stores.joinRequests().pending(me.id(), chapter.id()), note, stores.time().now());
        UniqueRule.store(() -> stores.joinRequests().add(request),
                "Your request to join " + chapter.name() + " already waits for a steward.");
        audit(actor, AuditAction.JOIN_REQUESTED, Optional.of(me.id()), chapter.unionId(), Optional.of(chapter.id()),
                "", "Asked to join " + chapter.name());
        return joinRequestViews(java.util.List.of(request)).get(0);
    }

    @Override
    public JoinRequestView admit(Actor actor, JoinRequestId requestId, String reason) {
        me(actor);
        JoinRequest request = request(requestId);
        Chapter chapter = stores.chapters().find(request.chapterId()).orElseThrow();
        powers(actor).requireSteward(chapter);
        Member person = stores.members().find(request.member())
                .orElseThrow(() -> new NotFound("The person who asked to join is no longer known."));
        Optional<Membership> earlier = stores.memberships().find(request.member(), chapter.id());
        Membership membership = request.admit(actor.memberId(), reason, person, earlier, stores.time().now(),
                today());
        if (earlier.isEmpty()) {
            UniqueRule.store(() -> stores.memberships().add(membership),
                    "This person is already a member of " + chapter.name() + ".");
        }
        audit(actor, AuditAction.JOIN_ADMITTED, Optional.of(request.member()), chapter.unionId(),
                Optional.of(chapter.id()), request.decisionReason().orElse(""), "Admitted to " + chapter.name());
        return joinRequestViews(java.util.List.of(request)).get(0);
    }

    @Override
    public JoinRequestView decline(Actor actor, JoinRequestId requestId, String reason) {
        me(actor);
        JoinRequest request = request(requestId);
        Chapter chapter = stores.chapters().find(request.chapterId()).orElseThrow();
        powers(actor).requireSteward(chapter);
        request.decline(actor.memberId(), reason, stores.time().now());
        audit(actor, AuditAction.JOIN_DECLINED, Optional.of(request.member()), chapter.unionId(),
                Optional.of(chapter.id()), request.decisionReason().orElse(""), "Declined for " + chapter.name());
        return joinRequestViews(java.util.List.of(request)).get(0);
    }

    @Override
    public MembershipView suspend(Actor actor, String chapterSlug, MemberId member, String reason) {
        me(actor);
        Chapter chapter = chapter(chapterSlug);
        powers(actor).requireSteward(chapter);
        Membership membership = membership(member, chapter);
        membership.suspend(actor.memberId(), reason, stores.time().now());
        String why = Check.reason(reason);
        audit(actor, AuditAction.MEMBERSHIP_SUSPENDED, Optional.of(member), chapter.unionId(),
                Optional.of(chapter.id()), why, "Suspended in " + chapter.name());
        endMandatesAfterLoss(actor, member, chapter, "Membership suspended: " + why);
        return membershipView(membership);
    }

    @Override
    public MembershipView restore(Actor actor, String chapterSlug, MemberId member, String reason) {
        me(actor);
        Chapter chapter = chapter(chapterSlug);
        powers(actor).requireSteward(chapter);
        Membership membership = membership(member, chapter);
        membership.restore(actor.memberId(), reason, stores.time().now());
        audit(actor, AuditAction.MEMBERSHIP_RESTORED, Optional.of(member), chapter.unionId(),
                Optional.of(chapter.id()), Check.reason(reason), "Restored in " + chapter.name());
        return membershipView(membership);
    }

    @Override
    public MembershipView leave(Actor actor, String chapterSlug) {
        Member me = me(actor);
        Chapter chapter = chapter(chapterSlug);
        Membership membership = stores.memberships().find(me.id(), chapter.id())
                .orElseThrow(() -> new NotFound("You are not a member of " + chapter.name() + "."));
        membership.leave(stores.time().now());
        audit(actor, AuditAction.MEMBERSHIP_LEFT, Optional.of(me.id()), chapter.unionId(), Optional.of(chapter.id()),
                "", "Left " + chapter.name());
        endMandatesAfterLoss(actor, me.id(), chapter, "Left the chapter");
        return membershipView(membership);
    }

    private JoinRequest request(JoinRequestId id) {
        return stores.joinRequests().find(id)
                .orElseThrow(() -> new NotFound("There is no join request " + id + "."));
    }

    private Membership membership(MemberId member, Chapter chapter) {
        return stores.memberships().find(member, chapter.id())
                .orElseThrow(() -> new NotFound("That person is not a member of " + chapter.name() + "."));
    }
}
