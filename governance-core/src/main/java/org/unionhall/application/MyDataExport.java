package org.unionhall.application;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.unionhall.crypto.record.Json;

/**
 * A member's export: a zip holding {@value #JSON} (the schema is in docs/my-data.md) and
 * {@value #HTML}, the same in a page any browser shows. Written straight to the stream it is
 * given, so the download starts at once.
 */
public final class MyDataExport {
    /** The machine-readable file. */
    public static final String JSON = "my-data.json";
    /** The readable page. */
    public static final String HTML = "my-data.html";
    /** The value of the JSON's "format" field; a new incompatible schema gets a new number. */
    public static final String FORMAT = "unionhall-my-data/1";

    private MyDataExport() {
    }

    /** Writes the zip of the member's data, exported at the given moment, and closes nothing but the zip. */
    public static void write(MyDataView data, Instant at, OutputStream out) throws IOException {
        Map<String, Object> json = json(data, at);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(JSON));
        zip.write(Json.bytes(json));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(HTML));
        zip.write(html(data, at).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /** The JSON document, as maps and lists (absent values are left out). */
    public static Map<String, Object> json(MyDataView d, Instant at) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("exportedAt", at.toString());
        MyDataView.Profile p = d.profile();
        root.put("profile", object("memberId", p.memberId(), "displayName", p.displayName(), "email", p.email(),
                "preferredLanguage", p.preferredLanguage(), "createdAt", p.createdAt().toString()));
        root.put("signIn", object("twoFactorOnSince", java.util.Optional.ofNullable(d.signIn().twoFactorSince())
                        .map(Instant::toString), "recoveryCodesLeft", d.signIn().recoveryCodesLeft(),
                "sessions", list(d.signIn().sessions(), s -> object("startedAt", s.startedAt().toString(),
                        "lastSeenAt", s.lastSeenAt().toString(), "browser", s.browser(), "secondFactor",
                        s.secondFactor()))));
        root.put("memberships", list(d.memberships(), m -> object("chapter", m.chapterName(), "chapterSlug",
                m.chapterSlug(), "union", m.unionName(), "status", m.status().name(), "joinedOn", m.joinedOn().toString(),
                "history", list(m.history(), h -> object("status", h.status().name(), "at", h.at().toString(),
                        "reason", h.reason())))));
        root.put("joinRequests", list(d.joinRequests(), r -> object("chapter", r.chapterName(), "note", r.note(),
                "requestedAt", r.requestedAt().toString(), "status", r.status().name(),
                "decidedAt", r.decidedAt().map(Instant::toString), "decidedBy", r.decidedByDisplayName(),
                "decisionReason", r.decisionReason())));
        root.put("mandates", list(d.mandates(), m -> object("role", m.role().name(), "scope", m.scopeName(),
                "scopeKind", m.scopeKind().name(), "termStart", m.termStart().toString(), "termEnd",
                m.termEnd().toString(), "endedEarlyOn", m.endedEarlyOn().map(Object::toString), "endReason",
                m.endReason(), "inForce", m.active())));
        root.put("congressVotes", list(d.congressVotes(), v -> object("motionId", v.motionId(), "motion",
                v.motionTitle(), "choice", v.choice(), "weight", v.weight(), "asProxy", v.asProxy(),
                "overridden", v.overridden(), "castAt", v.castAt().toString())));
        root.put("elections", list(d.elections(), e -> object("electionId", e.electionId(), "title", e.title(),
                "phase", e.phase(), "hasVoted", e.hasVoted())));
        root.put("notifications", list(d.notifications(), n -> object("kind", n.kind().name(), "message",
                n.message(), "motionId", Optional.ofNullable(n.motionId()), "grantRequestId",
                Optional.ofNullable(n.grantRequestId()), "budgetRoundId", Optional.ofNullable(n.budgetRoundId()),
                "createdAt", n.createdAt().toString(), "readAt",
                n.readAt().map(Instant::toString))));
        root.put("auditEntries", list(d.auditEntries(), a -> object("at", a.at().toString(), "by",
                a.actorDisplayName(), "action", a.action().name(), "scope", a.scopeName(), "reason", a.reason(),
                "detail", a.detail())));
        root.put("recordAccesses", list(d.accesses(), a -> object("by", a.viewerDisplayName(), "kind",
                a.kind().name(), "what", a.what(), "at", a.at().toString())));
        root.put("invitationsReceived", list(d.invitationsReceived(), i -> object("chapter", i.chapter(),
                "nameGiven", i.nameGiven(), "email", i.email(), "invitedBy", i.invitedBy(), "invitedAt",
                i.invitedAt().toString(), "expiresAt", i.expiresAt().toString(), "status", i.status().name())));
        root.put("invitationsSent", list(d.invitationsSent(), i -> object("chapter", i.chapter(), "invitedAt",
                i.invitedAt().toString(), "status", i.status().name())));
        root.put("contributions", list(d.contributions(), c -> object("union", c.union(), "fund", c.fund(), "kind",
                c.kind(), "amount", c.amount(), "receivedOn", c.receivedOn().toString(), "publicName", c.publicName(),
                "fromStatement", c.fromStatement())));
        root.put("pledges", list(d.pledges(), g -> object("union", g.union(), "fund", g.fund(), "kind", g.kind(),
                "amount", g.amount(), "period", g.period(), "madeAt", g.madeAt().toString(), "cancelledAt",
                g.cancelledAt().map(Instant::toString))));
        root.put("comments", list(d.comments(), c -> object("commentId", c.commentId(), "motionId", c.motionId(),
                "motion", c.motionTitle(), "text", c.text(), "quote", c.quote(), "postedAt", c.postedAt().toString(),
                "editedAt", c.editedAt().map(Instant::toString), "hiddenReason", c.hiddenReason())));
        return root;
    }

    private static <T> List<Object> list(List<T> items, Function<T, Object> each) {
        List<Object> out = new ArrayList<>();
        items.forEach(i -> out.add(each.apply(i)));
        return out;
    }

    private static Map<String, Object> object(Object... pairs) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String key = (String) pairs[i];
            if (pairs[i + 1] instanceof Optional<?> optional) {
                optional.ifPresent(v -> o.put(key, v));
            } else {
                o.put(key, pairs[i + 1]);
            }
        }
        return o;
    }

    private static String html(MyDataView d, Instant at) {
        StringBuilder h = new StringBuilder(8192);
        MyDataView.Profile p = d.profile();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>My data: ")
                .append(esc(p.displayName())).append("</title><style>body{font-family:sans-serif;max-width:60em;"
                        + "margin:2em auto;padding:0 1em}table{border-collapse:collapse;width:100%}td,th{border:1px "
                        + "solid #999;padding:.3em;text-align:left;vertical-align:top}</style></head><body>\n")
                .append("<h1>What Unionhall holds about ").append(esc(p.displayName())).append("</h1>\n<p>Exported ")
                .append(esc(at.toString())).append(". The same data is in ").append(JSON).append(".</p>\n");
        table(h, "Profile", List.of("Member id", "Name", "E-mail address", "Language", "Account made"),
                List.of(List.of(p.memberId(), p.displayName(), p.email(), p.preferredLanguage(),
                        p.createdAt().toString())));
        table(h, "Signing in", List.of("Two-factor sign-in", "Recovery codes left"), List.of(List.of(
                d.signIn().twoFactorSince() == null ? "off" : "on since " + d.signIn().twoFactorSince(),
                Long.toString(d.signIn().recoveryCodesLeft()))));
        table(h, "Sessions", List.of("Browser", "Signed in", "Last used", "Code given"), d.signIn().sessions().stream()
                .map(s -> List.of(s.browser(), s.startedAt().toString(), s.lastSeenAt().toString(),
                        s.secondFactor() ? "yes" : "no")).toList());
        table(h, "Memberships", List.of("Chapter", "Union", "Status", "Joined", "History"), d.memberships().stream()
                .map(m -> List.of(m.chapterName(), m.unionName(), m.status().name(), m.joinedOn().toString(),
                        String.join("; ", m.history().stream().map(x -> x.at() + " " + x.status() + ": " + x.reason())
                                .toList()))).toList());
        table(h, "Join requests", List.of("Chapter", "Note", "Asked", "Status", "Decision"), d.joinRequests().stream()
                .map(r -> List.of(r.chapterName(), r.note(), r.requestedAt().toString(), r.status().name(),
                        r.decisionReason().orElse(""))).toList());
        table(h, "Mandates", List.of("Role", "Scope", "Term", "Ended early"), d.mandates().stream()
                .map(m -> List.of(m.role().label(), m.scopeName(), m.termStart() + " to " + m.termEnd(),
                        m.endedEarlyOn().map(e -> e + ": " + m.endReason().orElse("")).orElse(""))).toList());
        table(h, "Congress votes you cast", List.of("Motion", "Choice", "Weight", "As proxy", "Cast"),
                d.congressVotes().stream().map(v -> List.of(v.motionTitle(), v.choice(), Long.toString(v.weight()),
                        v.asProxy() ? "yes" : "no", v.castAt().toString())).toList());
        table(h, "Secret ballots you registered a voting key for (never your choice)",
                List.of("Election", "Phase", "Voted"), d.elections().stream().map(e -> List.of(e.title(), e.phase(),
                        e.hasVoted() ? "yes" : "no")).toList());
        table(h, "What you wrote in motions' debates", List.of("Motion", "Posted", "Text", "Hidden by a steward"),
                d.comments().stream().map(c -> List.of(c.motionTitle(), c.postedAt().toString()
                        + c.editedAt().map(e -> " (edited " + e + ")").orElse(""), c.text(),
                        c.hiddenReason().orElse(""))).toList());
        table(h, "Notifications", List.of("Made", "Message", "Read"), d.notifications().stream()
                .map(n -> List.of(n.createdAt().toString(), n.message(), n.readAt().map(Instant::toString).orElse("")))
                .toList());
        table(h, "Audit trail entries about you", List.of("When", "By", "What", "Where", "Reason"),
                d.auditEntries().stream().map(a -> List.of(a.at().toString(), a.actorDisplayName(),
                        a.action().name() + ": " + a.detail(), a.scopeName(), a.reason())).toList());
        table(h, "Who looked at or exported your record", List.of("When", "Who", "What"), d.accesses().stream()
                .map(a -> List.of(a.at().toString(), a.viewerDisplayName(),
                        a.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + a.what())).toList());
        table(h, "Invitations to you", List.of("Chapter", "Name given", "E-mail address", "By", "Sent", "Holds until",
                "Status"), d.invitationsReceived().stream().map(i -> List.of(i.chapter(), i.nameGiven(), i.email(),
                i.invitedBy(), i.invitedAt().toString(), i.expiresAt().toString(), i.status().name())).toList());
        table(h, "Invitations you sent (the people invited are not named here)", List.of("Chapter", "Sent", "Status"),
                d.invitationsSent().stream().map(i -> List.of(i.chapter(), i.invitedAt().toString(),
                        i.status().name())).toList());
        table(h, "What you gave", List.of("Union", "Fund", "Kind", "Amount", "Received", "Public name"),
                d.contributions().stream().map(c -> List.of(c.union(), c.fund(), c.kind(), c.amount(),
                        c.receivedOn().toString(), c.publicName().orElse(""))).toList());
        table(h, "What you pledged", List.of("Union", "Fund", "Kind", "Amount", "Every", "Made", "Cancelled"),
                d.pledges().stream().map(g -> List.of(g.union(), g.fund(), g.kind(), g.amount(), g.period(),
                        g.madeAt().toString(), g.cancelledAt().map(Instant::toString).orElse(""))).toList());
        return h.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder h, String title, List<String> heads, List<List<String>> rows) {
        h.append("<h2>").append(esc(title)).append("</h2>\n");
        if (rows.isEmpty()) {
            h.append("<p>None.</p>\n");
            return;
        }
        h.append("<table><tr>");
        heads.forEach(x -> h.append("<th>").append(esc(x)).append("</th>"));
        h.append("</tr>\n");
        for (List<String> row : rows) {
            h.append("<tr>");
            row.forEach(x -> h.append("<td>").append(esc(x)).append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
