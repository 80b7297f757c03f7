package org.unionhall.crypto.cli;

import java.util.Map;

import org.unionhall.crypto.verify.CheckResult;
import org.unionhall.crypto.verify.VerificationReport;

/** Renders a verification report for a person (protocol §11.2). */
final class ReportText {

    private ReportText() {
    }

    static String render(String record, VerificationReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append("Unionhall election record verification\n");
        sb.append("Record: ").append(record).append('\n');
        for (Map.Entry<String, String> f : new java.util.TreeMap<>(report.facts()).entrySet()) {
            sb.append(String.format("  %-16s %s%n", f.getKey() + ":", f.getValue()));
        }
        sb.append('\n');
        int passed = 0;
        for (CheckResult c : report.checks()) {
            String status = switch (c.status()) {
                case PASSED -> "passed";
                case FAILED -> "FAILED";
                case NOT_YET -> "not yet";
            };
            if (c.status() == CheckResult.Status.PASSED) {
                passed++;
            }
            sb.append(String.format("%-4s %-8s %s (protocol %s)%n", c.id(), status, c.title(), c.section()));
            sb.append("              ").append(c.meaning()).append('\n');
            sb.append(String.format("              %d checked, %d failed%n", c.checked(), c.failed()));
            for (String f : c.failures()) {
                sb.append("              - ").append(f).append('\n');
            }
            if (c.failed() > c.failures().size()) {
                sb.append("              - … and ").append(c.failed() - c.failures().size()).append(" more\n");
            }
        }
        if (!report.rejectedReceipts().isEmpty()) {
            sb.append('\n').append("Rejected receipts: ").append(report.rejectedReceipts().size())
                    .append(" (not receipts of this election signed by its board key; they say nothing about this record)\n");
            report.rejectedReceipts().stream().limit(20).forEach(r -> sb.append("              - ").append(r).append('\n'));
            if (report.rejectedReceipts().size() > 20) {
                sb.append("              - … and ").append(report.rejectedReceipts().size() - 20).append(" more\n");
            }
        }
        sb.append('\n');
        if (report.passed()) {
            sb.append("RESULT: all ").append(passed).append(" checks passed. The published result is exactly what the ")
                    .append("eligible ballots on the board add up to.\n");
        } else if (report.nothingFailed()) {
            sb.append("RESULT: no check failed, but the record is not complete yet (")
                    .append(report.checks().size() - passed).append(" checks wait for later phases).\n");
        } else {
            long failed = report.checks().stream().filter(c -> c.status() == CheckResult.Status.FAILED).count();
            sb.append("RESULT: ").append(failed).append(" check(s) FAILED. Do not trust this result; ")
                    .append("the failures above say what is wrong.\n");
        }
        return sb.toString();
    }
}
