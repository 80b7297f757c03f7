package org.unionhall.web.view.election;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.unionhall.application.election.BoardLineView;
import org.unionhall.application.election.ElectionService;
import org.unionhall.application.election.ElectionView;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.web.view.Pages;

/**
 * The public bulletin board of an election: every entry with its sequence number, tracking code
 * and whether it counts (a cast ballot no later ballot of its voting key replaced, protocol §8.6,
 * §9.1), a page of {@value #PAGE} at a time, and a search by tracking code so that a voter finds
 * their ballot. Anyone may open it without signing in (web.xml): it shows tracking codes and
 * states only, never who cast an entry, and asks the service for the election without a caller.
 */
@Named
@RequestScoped
public class BoardBacking {
    /** Entries per page. */
    public static final int PAGE = 100;

    /**
     * A whole tracking code: 32 bytes in base64url without padding (§2.4, §8.5). Its alphabet has
     * both cases and look-alikes (l and I, 0 and O), so only the spaces the booth shows between
     * groups (and any other white space a copy brings along) can be taken out safely.
     */
    private static final Pattern WHOLE_CODE = Pattern.compile("[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]");
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}]+");

    @Inject
    private ElectionService elections;

    private String election;
    private long from = 1;
    private String code;
    private ElectionView view;
    private List<BoardLineView> entries = List.of();
    private boolean searched;
    private Optional<BoardLineView> found = Optional.empty();
    private Map<Long, Long> replacedBy = Map.of();

    /**
     * Loads the election and the page of entries (or the search result). The page keeps no view
     * state (its search is a plain GET form), so a visitor is given no session.
     */
    public void load() {
        FacesContext.getCurrentInstance().getViewRoot().setTransient(true);
        Pages.load(() -> {
            ElectionId id = ElectionId.of(election);
            view = elections.view(Optional.empty(), id);
            if (code != null && !code.isBlank()) {
                searched = true;
                code = WHITE_SPACE.matcher(code).replaceAll("");
                found = isWholeCode() ? elections.findOnBoard(id, code) : Optional.empty();
                entries = found.map(List::of).orElse(List.of());
            } else {
                entries = elections.board(id, Math.max(1, from), PAGE);
            }
            if (!entries.isEmpty()) {
                replacedBy = elections.replacedOnBoard(id, entries.get(0).seq(), entries.get(entries.size() - 1).seq());
            }
            return view;
        });
    }

    public String getE() {
        return election;
    }

    public void setE(String election) {
        this.election = election;
    }

    public long getFrom() {
        return from;
    }

    public void setFrom(long from) {
        this.from = from;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** The election. */
    public ElectionView getView() {
        return view;
    }

    /** The entries of this page. */
    public List<BoardLineView> getEntries() {
        return entries;
    }

    /** Whether this is a search by tracking code. */
    public boolean isSearched() {
        return searched;
    }

    /** The entry found by the search, or null. */
    public BoardLineView getFound() {
        return found.orElse(null);
    }

    /**
     * Whether the searched code has the shape of a tracking code. A code that has not is a copying
     * mistake, not a missing ballot, and is told apart from one that is well formed but not found.
     */
    public boolean isWholeCode() {
        return code != null && WHOLE_CODE.matcher(code).matches();
    }

    /** The number of the entry that replaced this one and counts instead (§8.6), or 0. */
    public long replacement(BoardLineView entry) {
        return replacedBy.getOrDefault(entry.seq(), 0L);
    }

    /** Whether an entry counts in the tally: cast, and its voting key's last cast ballot (§9.1). */
    public boolean counts(BoardLineView entry) {
        return "cast".equals(entry.state()) && replacement(entry) == 0;
    }

    /** Where the page that holds this entry starts (pages start at 1, 101, 201, …). */
    public long pageOf(BoardLineView entry) {
        return (entry.seq() - 1) / PAGE * PAGE + 1;
    }

    /** Where the next page starts, or 0 when this is the last (or the page shows a search result). */
    public long getNextFrom() {
        return !searched && entries.size() == PAGE ? entries.get(entries.size() - 1).seq() + 1 : 0;
    }

    /** Where the previous page starts, or 0 on the first. */
    public long getPreviousFrom() {
        return !searched && from > 1 ? Math.max(1, from - PAGE) : 0;
    }
}
