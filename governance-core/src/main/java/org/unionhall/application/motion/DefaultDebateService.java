package org.unionhall.application.motion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unionhall.application.Actor;
import org.unionhall.application.UniqueRule;
import org.unionhall.application.notification.Notifier;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.debate.Comment;
import org.unionhall.domain.debate.CommentId;
import org.unionhall.domain.debate.Comments;
import org.unionhall.domain.debate.Following;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.motion.Motion;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.MotionStatus;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;

/**
 * The debate on motions, each call one transaction. Who may see a motion is decided as for the
 * motion itself ({@code visibleMotion}); notifications go through the {@link Notifier} in the same
 * transaction, one per comment per person.
 */
@ApplicationScoped
@Transactional
public class DefaultDebateService extends MotionSupport implements DebateService {
    private Comments comments;

    /** For CDI's proxy. */
    protected DefaultDebateService() {
    }

    /**
     * @param stores the repositories and clock
     * @param notifier writes notifications
     * @param comments the debates and who follows them
     */
    @Inject
    public DefaultDebateService(MotionStores stores, Notifier notifier, Comments comments) {
        super(stores, notifier);
        this.comments = comments;
    }

    @Override
    public DebateView debate(Actor actor, MotionId id) {
        Motion m = visibleMotion(actor, id);
        return view(actor, m, comments.ofMotion(m.id()));
    }

    @Override
    public CommentView comment(Actor actor, MotionId id, WriteComment request) {
        Motion m = visibleMotion(actor, id);
        Check.present(request, "The comment");
        CommentId commentId = request.id() == null || request.id().isBlank() ? CommentId.generate()
                : CommentId.of(request.id());
        Optional<CommentId> replyTo = Optional.ofNullable(request.replyTo()).filter(s -> !s.isBlank())
                .map(CommentId::of);
        Optional<Comment> earlier = comments.find(commentId);
        if (earlier.isPresent()) {
            Comment first = earlier.get();
            Optional<CommentId> parentOfFirst = first.replyTo().isPresent() ? replyTo.map(this::thread) : replyTo;
            if (!first.sameAs(m.id(), parentOfFirst, actor.memberId(), request.text())) {
                throw new RuleViolation("Another comment already has the id " + commentId + "; choose a new one.");
            }
            return commentView(actor, m, first);
        }
        if (m.status() == MotionStatus.DRAFT) {
            throw new RuleViolation("A draft is debated once its proposer submits it.");
        }
        Comment comment;
        Optional<Comment> parent = replyTo.map(p -> commentOf(m, p));
        if (parent.isPresent()) {
            comment = Comment.reply(commentId, m, parent.get(), actor.memberId(), request.text(),
                    Optional.ofNullable(request.quote()), now());
        } else if (request.quote() != null && !request.quote().isBlank()) {
            throw new InvalidInput("Only a reply quotes: choose the comment you answer.");
        } else {
            comment = Comment.post(commentId, m, actor.memberId(), request.text(), now());
        }
        UniqueRule.store(() -> comments.add(comment), "Another comment already has the id " + commentId + ".");
        tell(m, comment, parent);
        return commentView(actor, m, comment);
    }

    @Override
    public CommentView edit(Actor actor, MotionId id, CommentId commentId, String text) {
        Motion m = visibleMotion(actor, id);
        Comment comment = commentOf(m, commentId);
        comment.edit(actor.memberId(), m, text, now());
        return commentView(actor, m, comment);
    }

    @Override
    public CommentView hide(Actor actor, MotionId id, CommentId commentId, String reason) {
        Motion m = visibleMotion(actor, id);
        Scope scope = scopeOf(m);
        requireSteward(actor, scope);
        Comment comment = commentOf(m, commentId);
        comment.hide(actor.memberId(), reason, now());
        Union union = unionsOf(scope).stream()
                .filter(u -> powers(actor).stewards(u.id(), scope.chapter().map(Chapter::id)))
                .findFirst().orElseThrow();
        stores.core().audit().append(new AuditEntry(Optional.of(actor.memberId()), AuditAction.COMMENT_HIDDEN,
                Optional.of(comment.author()), union.id(), scope.chapter().map(Chapter::id),
                comment.hiddenReason().orElseThrow(), Check.abbreviate("Hid a comment in the debate on \""
                        + m.title() + "\""), now()));
        return commentView(actor, m, comment);
    }

    @Override
    public boolean follow(Actor actor, MotionId id, boolean follow) {
        Motion m = visibleMotion(actor, id);
        Optional<Following> choice = comments.following(m.id(), actor.memberId());
        if (choice.isPresent()) {
            choice.get().choose(follow, now());
        } else {
            Following first = new Following(m.id(), actor.memberId(), follow, now());
            UniqueRule.store(() -> comments.add(first), "Your choice was changed at the same time; try again.");
        }
        return follow;
    }

    /** The first comment of the thread a comment belongs to (itself, or the comment a reply answers). */
    private CommentId thread(CommentId id) {
        return comments.find(id).flatMap(Comment::replyTo).orElse(id);
    }

    private Comment commentOf(Motion m, CommentId id) {
        return comments.find(id).filter(c -> c.motionId().equals(m.id()))
                .orElseThrow(() -> new NotFound("There is no comment " + id + " on this motion."));
    }

    private boolean follows(MotionId motion, Motion m, MemberId member) {
        return comments.following(motion, member).map(Following::following).orElse(m.proposer().equals(member));
    }

    private Set<MemberId> followers(Motion m) {
        Set<MemberId> followers = new LinkedHashSet<>();
        followers.add(m.proposer());
        for (Following f : comments.followingsOf(m.id())) {
            if (f.following()) {
                followers.add(f.member());
            } else {
                followers.remove(f.member());
            }
        }
        return followers;
    }

    private void tell(Motion m, Comment comment, Optional<Comment> parent) {
        Scope scope = scopeOf(m);
        String writer = names(List.of(comment.author())).getOrDefault(comment.author(), "A member");
        Set<MemberId> told = new HashSet<>();
        told.add(comment.author());
        parent.map(Comment::author).filter(a -> !told.contains(a) && mayView(new Actor(a), scope)).ifPresent(a -> {
            told.add(a);
            notifier.notify(List.of(a), NotificationKind.COMMENT_REPLY, m.id(),
                    writer + " replied to your comment on \"" + m.title() + "\".");
        });
        List<MemberId> followers = followers(m).stream()
                .filter(f -> !told.contains(f) && mayView(new Actor(f), scope)).toList();
        notifier.notify(followers, NotificationKind.COMMENT_POSTED, m.id(),
                writer + " commented on \"" + m.title() + "\", which you follow.");
    }

    private DebateView view(Actor actor, Motion m, List<Comment> all) {
        Scope scope = scopeOf(m);
        boolean open = m.status() != MotionStatus.DRAFT && !m.status().closed();
        boolean steward = stewards(actor, scope);
        Map<MemberId, String> names = names(all.stream().map(Comment::author).toList());
        Map<String, List<Comment>> replies = new LinkedHashMap<>();
        List<Comment> firsts = new ArrayList<>();
        for (Comment c : all) {
            if (c.replyTo().isPresent()) {
                replies.computeIfAbsent(c.replyTo().get().toString(), k -> new ArrayList<>()).add(c);
            } else {
                firsts.add(c);
            }
        }
        List<CommentView> thread = firsts.stream().map(c -> view(actor, m, c, names,
                replies.getOrDefault(c.id().toString(), List.of()).stream()
                        .map(r -> view(actor, m, r, names, List.of())).toList())).toList();
        return new DebateView(m.id().toString(), m.title(), open, open, follows(m.id(), m, actor.memberId()),
                steward, all.size(), thread);
    }

    private CommentView commentView(Actor actor, Motion m, Comment c) {
        return view(actor, m, c, names(List.of(c.author())), List.of());
    }

    private CommentView view(Actor actor, Motion m, Comment c, Map<MemberId, String> names,
                             List<CommentView> replies) {
        boolean mine = c.author().equals(actor.memberId());
        boolean editable = mine && !c.hidden() && !m.status().closed() && !now().isAfter(c.editableUntil());
        return new CommentView(c.id().toString(), c.motionId().toString(), c.replyTo().map(Object::toString),
                names.getOrDefault(c.author(), ""), c.postedAt(),
                c.hidden() ? Optional.empty() : Optional.of(c.body()),
                c.hidden() ? Optional.empty() : c.quote(), c.editedAt(), c.hidden(), c.hiddenReason(), mine,
                editable, c.editableUntil(), replies);
    }
}
