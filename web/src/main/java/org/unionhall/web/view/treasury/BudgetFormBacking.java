package org.unionhall.web.view.treasury;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.treasury.BudgetService;
import org.unionhall.application.treasury.GrantService;
import org.unionhall.application.treasury.GrantSummary;
import org.unionhall.application.treasury.NewBudgetRound;
import org.unionhall.domain.treasury.BudgetRound;
import org.unionhall.domain.treasury.GrantKind;
import org.unionhall.domain.treasury.GrantStatus;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * A treasurer puts submitted moderation requests before the members as a participatory budget
 * ({@code ?union=}): a title, the budget, the competing requests and, if not the defaults, the
 * first and last days of voting.
 */
@Named
@ViewScoped
public class BudgetFormBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private BudgetService budgets;

    @Inject
    private GrantService grants;

    @Inject
    private DirectoryService directory;

    @Inject
    private CurrentActor member;

    private String union;
    private String unionName;
    private List<GrantSummary> candidates = List.of();
    private String title;
    private String budget;
    private List<String> chosen = new ArrayList<>();
    private LocalDate firstDay;
    private LocalDate lastDay;

    /** Loads the union and the submitted moderation requests that may compete. */
    public void load() {
        Pages.load(() -> {
            unionName = directory.union(member.actor(), union).name();
            candidates = grants.requests(member.actor(), union, false, Set.of(GrantStatus.SUBMITTED), 0,
                    BudgetRound.MAX_ENTRIES).items().stream().filter(g -> g.kind() == GrantKind.MODERATION_LABOUR)
                    .toList();
            return true;
        });
    }

    /** Opens the budget and goes to its page. */
    public String open() {
        String[] opened = new String[1];
        if (Pages.act(() -> opened[0] = budgets.open(member.actor(), union, new NewBudgetRound(title, null, budget,
                        chosen, firstDay == null ? null : firstDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())).id(),
                "The budget is reserved and its ballot prepared: the trustees are asked to the key ceremony, and "
                        + "members can register their voting key.")) {
            Pages.keepMessagesForNextPage();
            return "/treasury/budget?faces-redirect=true&id=" + opened[0];
        }
        return null;
    }

    public String getUnion() {
        return union;
    }

    public void setUnion(String union) {
        this.union = union;
    }

    public String getUnionName() {
        return unionName;
    }

    public List<GrantSummary> getCandidates() {
        return candidates;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBudget() {
        return budget;
    }

    public void setBudget(String budget) {
        this.budget = budget;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }
}
