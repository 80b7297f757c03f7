package org.unionhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.shared.Check;

/** Founding, renaming, seats and the public description, each in one transaction with its audit entry. */
@ApplicationScoped
@Transactional
public class DefaultOrganisingService extends ServiceSupport implements OrganisingService {

    private DirectoryService directory;

    /** For CDI's proxy. */
    protected DefaultOrganisingService() {
    }

    /**
     * @param stores the repositories and clock
     * @param directory what the caller sees after a change
     */
    @Inject
    public DefaultOrganisingService(Stores stores, DirectoryService directory) {
        super(stores);
        this.directory = directory;
    }

    @Override
    public ChapterView foundChapter(Actor actor, String unionSlug, FoundChapter wanted) {
        Union union = union(unionSlug);
        powers(actor).requireUnionSteward(union);
        Check.present(wanted, "The chapter");
        String slug = wanted.slug() == null ? null : wanted.slug().strip();
        boolean takenElsewhere = slug != null && (stores.unions().findBySlug(slug).isPresent()
                || stores.chapters().findBySlug(slug).filter(c -> !c.unionId().equals(union.id())).isPresent());
        Chapter chapter = union.foundChapter(slug, wanted.name(), wanted.description(), wanted.delegateSeats(),
                stores.chapters().ofUnion(union.id()), takenElsewhere, stores.time().now());
        UniqueRule.store(() -> stores.chapters().add(chapter), "The short name \"" + chapter.slug()
                + "\" was taken a moment ago; choose another.");
        audit(actor, AuditAction.CHAPTER_FOUNDED, Optional.empty(), union.id(), Optional.of(chapter.id()), "",
                "Founded " + chapter.name() + " (" + chapter.slug() + "), " + seats(chapter.delegateSeats()));
        return directory.chapter(actor, chapter.slug());
    }

    @Override
    public ChapterView renameChapter(Actor actor, String chapterSlug, String name) {
        Chapter chapter = chapter(chapterSlug);
        powers(actor).requireSteward(chapter);
        Union union = unionOf(chapter);
        String before = chapter.name();
        if (chapter.rename(name, stores.chapters().ofUnion(union.id()), union.name())) {
            audit(actor, AuditAction.CHAPTER_RENAMED, Optional.empty(), union.id(), Optional.of(chapter.id()), "",
                    "Renamed from \"" + before + "\" to \"" + chapter.name() + "\"");
        }
        return directory.chapter(actor, chapter.slug());
    }

    @Override
    public ChapterView setDelegateSeats(Actor actor, String chapterSlug, int seats) {
        Chapter chapter = chapter(chapterSlug);
        Union union = unionOf(chapter);
        powers(actor).requireUnionSteward(union);
        int before = chapter.delegateSeats();
        chapter.changeDelegateSeats(seats, stores.mandates().ofChapter(chapter.id()), today());
        if (chapter.delegateSeats() != before) {
            audit(actor, AuditAction.DELEGATE_SEATS_CHANGED, Optional.empty(), union.id(), Optional.of(chapter.id()),
                    "", "Delegate seats of " + chapter.name() + ": " + before + " to " + chapter.delegateSeats());
        }
        return directory.chapter(actor, chapter.slug());
    }

    @Override
    public UnionView describeUnion(Actor actor, String unionSlug, String description, String howToJoin) {
        Union union = union(unionSlug);
        powers(actor).requireUnionSteward(union);
        if (union.describe(description, howToJoin)) {
            audit(actor, AuditAction.UNION_DESCRIBED, Optional.empty(), union.id(), Optional.empty(), "",
                    "Public description of " + union.name() + " changed");
        }
        return directory.union(actor, union.slug());
    }

    private static String seats(int seats) {
        return seats + (seats == 1 ? " delegate seat" : " delegate seats");
    }

}
