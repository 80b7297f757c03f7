package org.unionhall.web.view.steward;

import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.unionhall.application.AssignMandate;
import org.unionhall.application.ChapterView;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.MandateService;
import org.unionhall.application.MandateView;
import org.unionhall.application.UnionView;
import org.unionhall.domain.membership.MandateId;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.ScopeKind;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.MemberChoice;
import org.unionhall.web.view.MemberPicker;
import org.unionhall.web.view.Pages;

/**
 * The mandates of one chapter ({@code ?chapter=}) or of a whole union ({@code ?union=}): who holds
 * which role until when, delegate seats taken against seats the chapter has, a form to assign a
 * mandate and a way to end one early, each with a reason.
 */
@Named
@ViewScoped
public class MandatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DirectoryService directory;

    @Inject
    private MandateService mandateService;

    @Inject
    private CurrentActor member;

    private String chapterSlug;
    private String unionSlug;
    private String scopeName;
    private int delegateSeats;
    private int delegatesSeated;
    private MemberPicker picker;
    private List<MandateView> mandates = List.of();
    private final Map<String, String> endReasons = new HashMap<>();

    private MandateRole role;
    private MemberChoice holder;
    private LocalDate termStart;
    private LocalDate termEnd;
    private String reason;

    /** Loads the scope's mandates; anyone but a steward of that scope gets the 403 page. */
    public void load() {
        Pages.load(this::loadScope).ifPresent(loaded -> {
            termStart = LocalDate.now();
            termEnd = termStart.plusYears(1).minusDays(1);
        });
    }

    /** Gives the chosen member the chosen role for the term. */
    public void assign() {
        AssignMandate command = new AssignMandate(role, holder == null ? null : holder.memberId(), scopeKind(),
                scopeSlug(), termStart, termEnd, reason);
        if (Pages.act(() -> mandateService.assign(member.actor(), command),
                (holder == null ? "" : holder.displayName()) + " now holds the mandate of "
                        + (role == null ? "" : role.label().toLowerCase(Locale.ROOT)) + ".")) {
            role = null;
            holder = null;
            reason = null;
            loadScope();
        }
    }

    /** Ends a mandate today, before its term's end. */
    public void end(MandateView mandate) {
        if (Pages.act(() -> mandateService.end(member.actor(), MandateId.of(mandate.id()), endReasons.get(mandate.id())),
                "The mandate of " + mandate.memberDisplayName() + " as " + mandate.role().label().toLowerCase(Locale.ROOT)
                        + " has ended.")) {
            endReasons.remove(mandate.id());
            loadScope();
        }
    }

    /** Members whose name contains what was typed: of the chapter, or of every chapter of the union. */
    public List<MemberChoice> completeMember(String typed) {
        return picker.complete(typed);
    }

    /** Turns a member offered by {@link #completeMember(String)} into the id the form sends, and back. */
    public Converter<MemberChoice> getMemberConverter() {
        return picker.converter();
    }

    /** The roles that may be held in this scope, by their names. */
    public Map<String, MandateRole> getRoles() {
        return Pages.byLabel(MandateRole::label,
                Arrays.stream(MandateRole.values()).filter(r -> r.allowedIn(scopeKind())).toArray(MandateRole[]::new));
    }

    private boolean loadScope() {
        if (chapterSlug != null && !chapterSlug.isBlank()) {
            ChapterView chapter = directory.chapter(member.actor(), chapterSlug);
            requireSteward(chapter.viewerIsSteward(), chapter.name());
            scopeName = chapter.name();
            delegateSeats = chapter.delegateSeats();
            delegatesSeated = chapter.delegatesSeated();
            picker = new MemberPicker(directory, member, List.of(chapter.slug()));
            mandates = directory.mandates(member.actor(), chapterSlug);
        } else {
            UnionView union = directory.union(member.actor(), unionSlug);
            requireSteward(union.viewerIsSteward(), union.name());
            scopeName = union.name();
            picker = new MemberPicker(directory, member, union.chapters().stream().map(c -> c.slug()).toList());
            mandates = directory.unionMandates(member.actor(), unionSlug);
        }
        return true;
    }

    private static void requireSteward(boolean steward, String where) {
        if (!steward) {
            throw new AccessDenied("Only stewards of " + where + " manage its mandates.");
        }
    }

    /** Whether this page is about a chapter (else about a union). */
    public boolean isChapter() {
        return scopeKind() == ScopeKind.CHAPTER;
    }

    private ScopeKind scopeKind() {
        return chapterSlug != null && !chapterSlug.isBlank() ? ScopeKind.CHAPTER : ScopeKind.UNION;
    }

    private String scopeSlug() {
        return isChapter() ? chapterSlug : unionSlug;
    }

    /** Mandates in force today. */
    public List<MandateView> getActiveMandates() {
        return mandates.stream().filter(MandateView::active).toList();
    }

    /** Mandates that ended or have not begun. */
    public List<MandateView> getOtherMandates() {
        return mandates.stream().filter(m -> !m.active()).toList();
    }

    public String getChapterSlug() {
        return chapterSlug;
    }

    public void setChapterSlug(String chapterSlug) {
        this.chapterSlug = chapterSlug;
    }

    public String getUnionSlug() {
        return unionSlug;
    }

    public void setUnionSlug(String unionSlug) {
        this.unionSlug = unionSlug;
    }

    public String getScopeName() {
        return scopeName;
    }

    public int getDelegateSeats() {
        return delegateSeats;
    }

    public int getDelegatesSeated() {
        return delegatesSeated;
    }

    /** The reason typed for ending each mandate, by mandate id. */
    public Map<String, String> getEndReasons() {
        return endReasons;
    }

    public MandateRole getRole() {
        return role;
    }

    public void setRole(MandateRole role) {
        this.role = role;
    }

    public MemberChoice getHolder() {
        return holder;
    }

    public void setHolder(MemberChoice holder) {
        this.holder = holder;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(LocalDate termStart) {
        this.termStart = termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public void setTermEnd(LocalDate termEnd) {
        this.termEnd = termEnd;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
