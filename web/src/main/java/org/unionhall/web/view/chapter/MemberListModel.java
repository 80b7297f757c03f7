package org.unionhall.web.view.chapter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.MemberSummary;
import org.unionhall.application.Page;
import org.unionhall.web.security.CurrentActor;

/**
 * A chapter's member list, fetched one page at a time from the directory (sorted by name there),
 * so a chapter of ten thousand members costs one page of rows per click, never the whole list.
 */
public class MemberListModel extends LazyDataModel<MemberSummary> {

    private static final long serialVersionUID = 1L;

    private final DirectoryService directory;
    private final CurrentActor member;
    private final String chapterSlug;

    /**
     * @param directory the directory service (a serialisable proxy)
     * @param member the signed-in member (a serialisable proxy)
     * @param chapterSlug the chapter whose members are listed
     */
    public MemberListModel(DirectoryService directory, CurrentActor member, String chapterSlug) {
        this.directory = directory;
        this.member = member;
        this.chapterSlug = chapterSlug;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) fetch(0, 1, filterBy).total();
    }

    @Override
    public List<MemberSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
        Page<MemberSummary> page = fetch(first / pageSize, pageSize, filterBy);
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(MemberSummary row) {
        return row.memberId();
    }

    @Override
    public MemberSummary getRowData(String rowKey) {
        List<MemberSummary> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> r.memberId().equals(rowKey)).findFirst().orElse(null);
    }

    private Page<MemberSummary> fetch(int page, int size, Map<String, FilterMeta> filterBy) {
        return directory.members(member.actor(), chapterSlug, page, Math.min(size, Page.MAX_SIZE),
                nameFilter(filterBy));
    }

    /** The table's global filter ("Find a member by name"); blank lists everyone. */
    private static Optional<String> nameFilter(Map<String, FilterMeta> filterBy) {
        return Optional.ofNullable(filterBy.get(FilterMeta.GLOBAL_FILTER_KEY))
                .map(FilterMeta::getFilterValue)
                .map(Object::toString)
                .map(String::strip)
                .filter(name -> !name.isEmpty());
    }
}
