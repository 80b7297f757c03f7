package org.unionhall.web.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.unionhall.application.PublicDirectory;
import org.unionhall.application.PublicUnionView;
import org.unionhall.application.TimeSource;
import org.unionhall.application.election.ElectionPublished;
import org.unionhall.domain.federation.FederationRecords;
import org.unionhall.domain.federation.Follower;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.membership.Unions;
import org.unionhall.federation.activity.Activity;
import org.unionhall.federation.activity.Note;
import org.unionhall.federation.json.Vocabulary;

/**
 * A union's public announcements, posted to its followers as {@code Create(Note)} attributed to
 * the union's Group itself (Mastodon shows those, and not an {@code Announce} of a {@code Create}),
 * addressed to Public and the followers. Each is posted once: the announcement is recorded and its
 * deliveries queued in one transaction, keyed by what it announces. Only what anyone may already
 * see goes out:
 * <ul>
 * <li>a vote opened on a union motion: the union's name, when the vote closes and a link to the
 *     motion's page (for members; the motion's title is not on the union's public page, so it is
 *     not posted);</li>
 * <li>a result published: the election's title, the union or chapter that voted, and the link to
 *     its public result page, exactly as the union's public page lists them.</li>
 * </ul>
 * A result first seen more than {@link #OLD_NEWS} after it was published (those published before
 * federation was switched on) is recorded without being posted, so followers are not flooded with
 * old news.
 */
@ApplicationScoped
public class Announcements {
    private static final Logger LOG = Logger.getLogger(Announcements.class.getName());
    static final String VOTE_OPENED = "VOTE_OPENED";
    static final String RESULT_PUBLISHED = "RESULT_PUBLISHED";
    /** A result published longer ago than this when first seen is recorded, not posted. */
    static final java.time.Duration OLD_NEWS = java.time.Duration.ofHours(1);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @Inject
    FederationRecords records;

    @Inject
    ActorDocuments actors;

    @Inject
    FederationSettings settings;

    @Inject
    Outbox outbox;

    @Inject
    Unions unions;

    @Inject
    PublicDirectory directory;

    @Inject
    TimeSource time;

    @Inject
    Announcements self;

    private final AtomicBoolean resultsDue = new AtomicBoolean(true);

    /**
     * A result was published on this node: the next tick looks for it at once, instead of at the
     * minute's look (which stays, for a result published on another node or before a crash).
     */
    void resultPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) ElectionPublished published) {
        resultsDue.set(true);
    }

    /** Whether a result was published here since the last look; clears the mark. */
    boolean takeResultsDue() {
        return resultsDue.getAndSet(false);
    }

    /** Posts the votes opened since the last run; how many. */
    public int postOpenedVotes() {
        int posted = 0;
        for (FederationRecords.OpenVote vote : self.unannouncedVotes()) {
            if (self.announceVote(vote)) {
                posted++;
            }
        }
        return posted;
    }

    /** Posts the results published since the last run; how many. */
    public int postPublishedResults() {
        int posted = 0;
        for (String slug : self.unionSlugs()) {
            for (PublicUnionView.PublishedResult result : directory.page(slug).results()) {
                if (self.announceResult(slug, result)) {
                    posted++;
                }
            }
        }
        return posted;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<FederationRecords.OpenVote> unannouncedVotes() {
        return records.unannouncedVotes(50);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> unionSlugs() {
        return unions.all().stream().map(Union::slug).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean announceVote(FederationRecords.OpenVote vote) {
        Optional<Union> union = unions.find(vote.union());
        if (union.isEmpty()) {
            return false;
        }
        URI create = actors.newActivityId();
        if (!records.recordAnnouncement(vote.motionId(), VOTE_OPENED, vote.union(), create, time.now())) {
            return false;
        }
        URI page = settings.at("motions/view.xhtml?id=" + vote.motionId());
        String text = "<p>" + html(union.get().name()) + ": a vote is open on a motion"
                + vote.closes().map(c -> " until " + WHEN.format(c)).orElse("") + ". Members vote on its page: "
                + link(page) + "</p>";
        post(union.get(), create, text);
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean announceResult(String slug, PublicUnionView.PublishedResult result) {
        Optional<Union> union = unions.findBySlug(slug);
        if (union.isEmpty()) {
            return false;
        }
        URI create = actors.newActivityId();
        if (!records.recordAnnouncement(result.electionId(), RESULT_PUBLISHED, union.get().id(), create, time.now())) {
            return false;
        }
        if (result.publishedAt().isBefore(time.now().minus(OLD_NEWS))) {
            LOG.fine(() -> "The result " + result.electionId() + " is older than the federation's look; not posted");
            return true;
        }
        URI page = settings.at("elections/result.xhtml?e=" + result.electionId());
        String text = "<p>" + html(result.scopeName()) + " published the result of the vote \u201c"
                + html(result.title()) + "\u201d. Anyone can read it and check its election record: " + link(page)
                + "</p>";
        post(union.get(), create, text);
        return true;
    }

    private void post(Union union, URI createId, String content) {
        URI group = actors.union(union.slug());
        URI followers = actors.followers(union.slug());
        Instant now = time.now();
        Note note = new Note(actors.newActivityId(), group, content, now, List.of(Vocabulary.PUBLIC), List.of(followers));
        Activity create = Activity.create(createId, group, note, List.of(Vocabulary.PUBLIC), List.of(followers), now);
        List<URI> inboxes = records.followers(union.id()).stream().map(Follower::deliveryInbox).toList();
        int queued = outbox.send(union.id().toString(), create, inboxes);
        LOG.info(() -> union.slug() + " posted " + createId + " to " + queued + " inboxes");
    }

    private static String link(URI page) {
        String href = html(page.toString());
        return "<a href=\"" + href + "\">" + href + "</a>";
    }

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
