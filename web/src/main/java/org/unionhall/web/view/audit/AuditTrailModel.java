package org.unionhall.web.view.audit;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.unionhall.application.AuditEntryView;
import org.unionhall.application.AuditService;
import org.unionhall.application.Page;
import org.unionhall.domain.membership.ScopeKind;
import org.unionhall.web.security.CurrentActor;

/** The audit trail of one chapter or union, newest first, fetched one page at a time. */
public class AuditTrailModel extends LazyDataModel<AuditEntryView> {

    private static final long serialVersionUID = 1L;

    private final AuditService audit;
    private final CurrentActor member;
    private final ScopeKind scopeKind;
    private final String scopeSlug;

    /**
     * @param audit the audit service (a serialisable proxy)
     * @param member the signed-in steward (a serialisable proxy)
     * @param scopeKind chapter or union
     * @param scopeSlug which one
     */
    public AuditTrailModel(AuditService audit, CurrentActor member, ScopeKind scopeKind, String scopeSlug) {
        this.audit = audit;
        this.member = member;
        this.scopeKind = scopeKind;
        this.scopeSlug = scopeSlug;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) audit.trail(member.actor(), scopeKind, scopeSlug, 0, 1).total();
    }

    @Override
    public List<AuditEntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
        int size = Math.min(pageSize, Page.MAX_SIZE);
        Page<AuditEntryView> page = audit.trail(member.actor(), scopeKind, scopeSlug, first / size, size);
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(AuditEntryView row) {
        return row.id();
    }

    @Override
    public AuditEntryView getRowData(String rowKey) {
        List<AuditEntryView> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> r.id().equals(rowKey)).findFirst().orElse(null);
    }
}
