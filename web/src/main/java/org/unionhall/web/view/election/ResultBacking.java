package org.unionhall.web.view.election;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.unionhall.application.election.ElectionService;
import org.unionhall.application.election.ElectionView;
import org.unionhall.application.election.ResultView;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.web.view.Pages;

/**
 * An election's result: the count of each option, turnout against the eligible members, and the
 * report of the verifier the server ran on the published record, with the record to download.
 */
@Named
@RequestScoped
public class ResultBacking {

    @Inject
    private ElectionService elections;

    private String election;
    private ElectionView view;
    private ResultView result;

    /** Loads the election and its result. */
    public void load() {
        Pages.load(() -> {
            ElectionId id = ElectionId.of(election);
            view = elections.view(Optional.empty(), id);
            result = elections.result(id);
            return result;
        });
    }

    public String getE() {
        return election;
    }

    public void setE(String election) {
        this.election = election;
    }

    /** The election. */
    public ElectionView getView() {
        return view;
    }

    /** Its result. */
    public ResultView getResult() {
        return result;
    }

    /** Whether the result is published. */
    public boolean isPublished() {
        return result != null && result.phase() == ElectionPhase.PUBLISHED;
    }

    /** Turnout in percent of the eligible members, one decimal, or empty when unknown. */
    public String getTurnoutPercent() {
        return result.eligibleCount().filter(n -> n > 0)
                .map(n -> String.format(java.util.Locale.ROOT, "%.1f", 100.0 * result.ballotsCounted() / n))
                .orElse("");
    }

    /** Share of the counted weight for a count, in percent, one decimal. */
    public String share(long count) {
        return result.totalWeight() == 0 ? "0.0"
                : String.format(java.util.Locale.ROOT, "%.1f", 100.0 * count / result.totalWeight());
    }

    /** Whether every check of the verification report passed. */
    public boolean isVerified() {
        return result.report().map(ResultView.ReportView::passed).orElse(false);
    }

    /** The report's checks, or none before publication. */
    public java.util.List<ResultView.CheckView> getChecks() {
        return result.report().map(ResultView.ReportView::checks).orElse(java.util.List.of());
    }

    /** A check's status in words. */
    public String statusWords(String status) {
        return switch (status) {
            case "PASSED" -> "passed";
            case "FAILED" -> "FAILED";
            default -> "not yet";
        };
    }
}
