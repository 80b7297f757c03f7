package org.unionhall.web.view.treasury;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.unionhall.application.Page;
import org.unionhall.application.treasury.ContributionService;
import org.unionhall.application.treasury.ContributionView;
import org.unionhall.web.security.CurrentActor;

/** A union's contributions with who gave them, the latest received first, fetched one page at a time. */
public class ContributionListModel extends LazyDataModel<ContributionView> {

    private static final long serialVersionUID = 1L;

    private final ContributionService contributions;
    private final CurrentActor member;
    private final String union;

    /**
     * @param contributions the contribution service (a serialisable proxy)
     * @param member the signed-in treasurer (a serialisable proxy)
     * @param union the union's slug
     */
    public ContributionListModel(ContributionService contributions, CurrentActor member, String union) {
        this.contributions = contributions;
        this.member = member;
        this.union = union;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) contributions.contributions(member.actor(), union, 0, 1).total();
    }

    @Override
    public List<ContributionView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
        int size = Math.min(pageSize, Page.MAX_SIZE);
        Page<ContributionView> page = contributions.contributions(member.actor(), union, first / size, size);
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(ContributionView row) {
        return row.id();
    }

    @Override
    public ContributionView getRowData(String rowKey) {
        List<ContributionView> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> r.id().equals(rowKey)).findFirst().orElse(null);
    }
}
