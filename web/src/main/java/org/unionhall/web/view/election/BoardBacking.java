package org.unionhall.web.view.election;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.unionhall.application.election.BoardLineView;
import org.unionhall.application.election.ElectionService;
import org.unionhall.application.election.ElectionView;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.web.view.Pages;

/**
 * The public bulletin board of an election: every entry with its sequence number, tracking code
 * and state, a page of {@value #PAGE} at a time, and a search by tracking code so that a voter
 * finds their ballot. Anyone may open it without signing in (web.xml): it shows tracking codes
 * and states only, never who cast an entry, and asks the service for the election without a caller.
 */
@Named
@RequestScoped
public class BoardBacking {
    /** Entries per page. */
    public static final int PAGE = 100;

    @Inject
    private ElectionService elections;

    private String election;
    private long from = 1;
    private String code;
    private ElectionView view;
    private List<BoardLineView> entries = List.of();
    private boolean searched;
    private Optional<BoardLineView> found = Optional.empty();

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
                found = elections.findOnBoard(id, code);
            } else {
                entries = elections.board(id, Math.max(1, from), PAGE);
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

    /** Where the next page starts, or 0 when this is the last. */
    public long getNextFrom() {
        return entries.size() == PAGE ? entries.get(entries.size() - 1).seq() + 1 : 0;
    }

    /** Where the previous page starts, or 0 on the first. */
    public long getPreviousFrom() {
        return from > 1 ? Math.max(1, from - PAGE) : 0;
    }
}
