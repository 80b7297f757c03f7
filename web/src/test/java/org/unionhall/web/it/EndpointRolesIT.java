package org.unionhall.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionhall.web.it.EndpointRolesIT.Role.DELEGATE;
import static org.unionhall.web.it.EndpointRolesIT.Role.MEMBER;
import static org.unionhall.web.it.EndpointRolesIT.Role.NON_MEMBER;
import static org.unionhall.web.it.EndpointRolesIT.Role.OTHER_STEWARD;
import static org.unionhall.web.it.EndpointRolesIT.Role.OTHER_UNION;
import static org.unionhall.web.it.EndpointRolesIT.Role.STEWARD;
import static org.unionhall.web.it.EndpointRolesIT.Role.TREASURER;
import static org.unionhall.web.it.EndpointRolesIT.Role.TRUSTEE;
import static org.unionhall.web.it.EndpointRolesIT.Role.VISITOR;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionhall.crypto.ballot.Credential;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.ShareComplaint;
import org.unionhall.crypto.trustee.Trustee;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;
import org.unionhall.web.it.Api.Answer;
import org.unionhall.web.it.Api.Caller;

/**
 * Every operation of the REST API as every role, against the table "Who may call what" in
 * {@code docs/api.md}, which is read from the repository: the test fails when an operation of
 * {@code /openapi} has no row there or a row names no operation, and then checks every cell on
 * a real server with the demo data. The targets are real and in the state the operation needs
 * (a pending join request, a submitted motion, a roll call under way, a proxy, a nomination, a
 * notification, a secret ballot taken through its key ceremony, voting, closing and decryption),
 * created through the API by the people who would create them; the roles act on the union
 * Fediverse Moderators and its chapter Moderators Europe.
 *
 * <ul>
 *   <li><b>A refusal cell</b> ({@code 401}, {@code 403}, {@code 404}) calls the operation with a
 *   valid body on its real target, so that no 404 or 422 can hide a missing check, and asserts
 *   the exact status and a problem+json body. After the row's refusals, the chapter's and the
 *   union's audit trails (counted by their stewards) and the target's state are as before.</li>
 *   <li><b>{@code ✓} on a read</b>: the answer is 2xx.</li>
 *   <li><b>{@code ✓} on a write</b>: the role gets past the authority check without spending the
 *   targets the other cells need. Either the call is made for real on a target prepared for it
 *   and answers 2xx (proposing a draft, registering a voting key, casting a ballot, opening and
 *   closing a vote, signing in and out, leaving a chapter joined for the purpose); or it is made
 *   on a target whose state refuses the step after the authority check: a 409 or 422 whose
 *   detail names that state (a request already decided, a member already suspended, a motion
 *   not yet seconded, a candidate already nominated).</li>
 * </ul>
 */
@ExtendWith(ArquillianExtension.class)
class EndpointRolesIT {
    private static final String UNION = "fediverse-moderators";
    private static final String CHAPTER = "moderators-europe";
    private static final String OTHER_CHAPTER = "moderators-americas";
    private static final String REASON = "{\"reason\":\"Testing who may do this\"}";

    /** The columns of the table, with the demo account playing each role. */
    enum Role {
        VISITOR("visitor", null),
        NON_MEMBER("non-member", "sam"),
        OTHER_UNION("other union", "hana"),
        MEMBER("member", "chloe"),
        DELEGATE("delegate", "mateo"),
        OTHER_STEWARD("other chapter's steward", "diego"),
        STEWARD("steward", "amara"),
        TREASURER("treasurer", "fatima"),
        TRUSTEE("trustee", "yuki");

        final String column;
        final String handle;

        Role(String column, String handle) {
            this.column = column;
            this.handle = handle;
        }
    }

    private Api api;
    private Members members;
    private Scene scene;
    private final SecureRandom random = new SecureRandom();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.unionhall();
    }

    @ArquillianResource
    URL deployment;
    private Map<String, Row> table;
    private final Set<String> checked = new TreeSet<>();
    private final List<String> failures = new ArrayList<>();
    private int cells;

    /** One row of the table. */
    private record Row(String operation, Map<Role, String> cells, String notes) {
    }

    @Test
    void everyOperationAnswersEveryRoleAsTheTableInTheDocumentationSays() throws IOException {
        api = new Api(deployment);
        members = new Members(api);
        scene = new Scene(api);
        table = table();
        assertEquals(operationsOfTheOpenApiDescription(), new TreeSet<>(table.keySet()),
                "docs/api.md has one row for each operation of /openapi, and no other");

        sessions();
        twoFactorAndSessions();
        account();
        directory();
        myData();
        shaping();
        membership();
        invitations();
        motions();
        congress();
        nominations();
        notifications();
        elections();
        treasury();
        grants();
        budgets();

        Set<String> unchecked = new TreeSet<>(table.keySet());
        unchecked.removeAll(checked);
        assertTrue(unchecked.isEmpty(), "rows no check covers: " + unchecked);
        assertTrue(failures.isEmpty(), failures.size() + " of " + cells + " cells answer otherwise than docs/api.md "
                + "says:\n"
                + String.join("\n", failures));
    }

    // ---- the table ---------------------------------------------------------------------------------

    /** The rows of "Who may call what" in docs/api.md, by "METHOD /api/v1/…". */
    private static Map<String, Row> table() throws IOException {
        Path file = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../docs/api.md").normalize();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int section = lines.indexOf("## Who may call what");
        assertTrue(section >= 0, file + " has a section \"Who may call what\"");
        int header = section;
        while (!lines.get(header).startsWith("| method | path |")) {
            header++;
        }
        List<String> columns = split(lines.get(header));
        for (Role role : Role.values()) {
            assertEquals(role.column, columns.get(3 + role.ordinal()), "column " + (4 + role.ordinal()));
        }
        assertEquals("notes", columns.get(3 + Role.values().length));
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> cells = split(lines.get(i));
            assertEquals(columns.size(), cells.size(), "cells of " + lines.get(i));
            String operation = cells.get(0) + " " + cells.get(1).replace("`", "");
            Map<Role, String> byRole = new EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                String cell = cells.get(3 + role.ordinal());
                assertTrue(Set.of("✓", "401", "403", "404").contains(cell), operation + ": cell \"" + cell + "\"");
                byRole.put(role, cell);
            }
            assertFalse(rows.containsKey(operation), "one row for " + operation);
            rows.put(operation, new Row(operation, byRole, cells.get(cells.size() - 1)));
        }
        return rows;
    }

    private static List<String> split(String line) {
        return List.of(line.substring(1, line.length() - 1).split("\\|", -1)).stream().map(String::strip).toList();
    }

    private Set<String> operationsOfTheOpenApiDescription() {
        JsonObject openapi = api.anonymous().send(api.anonymous().request("/openapi?format=JSON")
                .header("Accept", "application/json").GET().build()).expect(200).json();
        Set<String> operations = new TreeSet<>();
        openapi.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
            if (path.contains("/api/v1/") && Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.substring(path.indexOf("/api/v1/")));
            }
        }));
        return operations;
    }

    // ---- checking one row --------------------------------------------------------------------------

    private Caller as(Role role) {
        return role == VISITOR ? api.anonymous() : members.session(role.handle);
    }

    private Function<Role, Answer> get(String path) {
        return role -> as(role).get(path);
    }

    private Function<Role, Answer> post(String path, String body) {
        return role -> as(role).post(path, body);
    }

    private Function<Role, Answer> put(String path, String body) {
        return role -> as(role).put(path, body);
    }

    /** The checks of one row: how each role calls it, and what a refusal must leave alone. */
    private final class Probe {
        private final String operation;
        private final Function<Role, Answer> call;
        private Function<Role, Answer> allowed;
        private Pattern stateNamed;
        private Supplier<Object> state = () -> "";

        Probe(String operation, Function<Role, Answer> call) {
            this.operation = operation;
            this.call = call;
        }

        /**
         * How a role the table allows shows it gets past the authority check, when not by
         * {@link #call}: on a target whose state then refuses the step with a 409 or 422 whose
         * detail matches {@code stateNamed}, or on a target prepared for it (2xx).
         */
        Probe allowed(Function<Role, Answer> how, String stateNamed) {
            this.allowed = how;
            this.stateNamed = Pattern.compile(stateNamed, Pattern.CASE_INSENSITIVE);
            return this;
        }

        /** What the refusals must leave as it was, besides the audit trails. */
        Probe leaves(Supplier<Object> state) {
            this.state = state;
            return this;
        }

        void check() {
            Row row = table.get(operation);
            if (row == null) {
                failures.add(operation + ": checked here, but docs/api.md has no row for it");
                return;
            }
            checked.add(operation);
            List<Object> before = untouched();
            for (Role role : Role.values()) {
                String cell = row.cells().get(role);
                if (!cell.equals("✓")) {
                    refused(role, Integer.parseInt(cell));
                }
            }
            List<Object> after = untouched();
            if (!before.equals(after)) {
                failures.add(operation + ": a refused call changed something:\n    before " + before + "\n    after  "
                        + after);
            }
            for (Role role : Role.values()) {
                if (row.cells().get(role).equals("✓")) {
                    allowedTo(role);
                }
            }
        }

        private List<Object> untouched() {
            return List.of(scene.auditCount(), unionAuditCount(), state.get());
        }

        private void refused(Role role, int expected) {
            cells++;
            Answer answer = call.apply(role);
            if (answer.status() != expected || !isProblem(answer)) {
                failures.add(operation + " as " + role.column + ": docs/api.md says " + expected
                        + ", the server answered " + answer.status() + ": " + shortly(answer.body()));
            }
        }

        private void allowedTo(Role role) {
            cells++;
            boolean read = operation.startsWith("GET ");
            Answer answer = (allowed == null ? call : allowed).apply(role);
            boolean passed = answer.status() / 100 == 2 || (!read && allowed != null
                    && (answer.status() == 409 || answer.status() == 422) && isProblem(answer)
                    && stateNamed.matcher(answer.json().getString("detail")).find());
            if (!passed) {
                failures.add(operation + " as " + role.column + ": docs/api.md says ✓, the server answered "
                        + answer.status() + ": " + shortly(answer.body()));
            }
        }
    }

    private Probe probe(String operation, Function<Role, Answer> call) {
        return new Probe(operation, call);
    }

    private static boolean isProblem(Answer answer) {
        if (!answer.mediaType().equals("application/problem+json")) {
            return false;
        }
        JsonObject problem = answer.json();
        return problem.getInt("status", 0) == answer.status() && problem.getString("detail", "").length() > 10;
    }

    private static String shortly(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private long unionAuditCount() {
        return as(STEWARD).get("api/v1/unions/" + UNION + "/audit?size=1").expect(200).json()
                .getJsonNumber("total").longValue();
    }

    private String asPriya(String path) {
        return members.session("priya").get(path).expect(200).body();
    }

    // ---- the rows, area by area --------------------------------------------------------------------

    private void sessions() {
        probe("POST /api/v1/session", role -> api.anonymous().post("api/v1/session", "{\"email\":\""
                + Members.email(role == VISITOR ? "olu" : role.handle) + "\",\"password\":\"" + Api.DEMO_PASSWORD
                + "\"}")).check();
        probe("DELETE /api/v1/session", role -> {
            Caller throwaway = role == VISITOR ? api.anonymous() : members.signIn(role.handle);
            return throwaway.send(throwaway.request("api/v1/session").header("Origin", api.origin()).DELETE().build());
        }).check();
        probe("POST /api/v1/session/code", role -> api.anonymous().post("api/v1/session/code", "{\"code\":\"123456\"}"))
                .allowed(role -> api.anonymous().post("api/v1/session/code", "{\"code\":\"\"}"), "code")
                .check();
    }

    private void twoFactorAndSessions() {
        probe("GET /api/v1/me/two-factor", get("api/v1/me/two-factor")).check();
        probe("POST /api/v1/me/two-factor", post("api/v1/me/two-factor", "{}")).check();
        probe("POST /api/v1/me/two-factor/confirm", post("api/v1/me/two-factor/confirm", "{\"code\":\"not-a-code\"}"))
                .allowed(post("api/v1/me/two-factor/confirm", "{\"code\":\"not-a-code\"}"),
                        "code is not right|no setup")
                .check();
        probe("POST /api/v1/me/two-factor/off", post("api/v1/me/two-factor/off",
                "{\"password\":\"" + Api.DEMO_PASSWORD + "\",\"code\":\"123456\"}"))
                .allowed(post("api/v1/me/two-factor/off", "{\"password\":\"" + Api.DEMO_PASSWORD
                        + "\",\"code\":\"123456\"}"), "off already").check();
        probe("POST /api/v1/me/two-factor/recovery-codes", post("api/v1/me/two-factor/recovery-codes",
                "{\"password\":\"" + Api.DEMO_PASSWORD + "\",\"code\":\"123456\"}"))
                .allowed(post("api/v1/me/two-factor/recovery-codes", "{\"password\":\"" + Api.DEMO_PASSWORD
                        + "\",\"code\":\"123456\"}"), "two-factor sign-in is off").check();
        probe("GET /api/v1/me/sessions", get("api/v1/me/sessions")).check();
        probe("DELETE /api/v1/me/sessions", role -> as(role).send(as(role).request("api/v1/me/sessions")
                .header("Origin", api.origin()).DELETE().build())).check();
        probe("DELETE /api/v1/me/sessions/{handle}", role -> as(role).send(as(role)
                .request("api/v1/me/sessions/0000000000000000").header("Origin", api.origin()).DELETE().build()))
                .check();
    }

    private void account() {
        probe("POST /api/v1/password-reset", role -> as(role).post("api/v1/password-reset",
                "{\"email\":\"" + Members.email(role == VISITOR ? "olu" : role.handle) + "\"}"))
                .allowed(role -> role == VISITOR
                        ? as(role).post("api/v1/password-reset", "{\"email\":\"nobody-at-all@unionhall.example\"}")
                        : as(role).post("api/v1/password-reset", "{\"email\":\"not an address\"}"), "e-mail address")
                .check();
        probe("POST /api/v1/password-reset/new-password", role -> as(role).post("api/v1/password-reset/new-password",
                "{\"token\":\"" + "A".repeat(43) + "\",\"password\":\"a-fresh-river-2026\"}"))
                .allowed(role -> as(role).post("api/v1/password-reset/new-password",
                        "{\"token\":\"" + "B".repeat(43) + "\",\"password\":\"a-fresh-river-2026\"}"), "not valid")
                .check();
        probe("POST /api/v1/sign-ups", role -> as(role).post("api/v1/sign-ups", signUp("moderators-europe",
                "newcomer-" + role.name().toLowerCase(java.util.Locale.ROOT) + "@example.org")))
                .allowed(role -> role == VISITOR
                        ? as(role).post("api/v1/sign-ups", signUp("moderators-europe", "newcomer@example.org"))
                        : as(role).post("api/v1/sign-ups", signUp("makers-crafters", "newcomer@example.org")),
                        "not a chapter of")
                .check();
        probe("POST /api/v1/sign-ups/confirmation", role -> as(role).post("api/v1/sign-ups/confirmation",
                "{\"token\":\"" + "C".repeat(43) + "\"}"))
                .allowed(role -> as(role).post("api/v1/sign-ups/confirmation",
                        "{\"token\":\"" + "D".repeat(43) + "\"}"), "not valid")
                .check();
        probe("PUT /api/v1/me/password", role -> as(role).put("api/v1/me/password",
                "{\"currentPassword\":\"not-the-password\",\"newPassword\":\"a-fresh-river-2026\"}"))
                .allowed(role -> as(role).put("api/v1/me/password",
                        "{\"currentPassword\":\"not-the-password\",\"newPassword\":\"a-fresh-river-2026\"}"),
                        "current password is not right").check();
        probe("GET /api/v1/me/mail-preferences", get("api/v1/me/mail-preferences")).check();
        probe("PUT /api/v1/me/mail-preferences", role -> as(role).put("api/v1/me/mail-preferences",
                "{\"mailed\":[\"VOTE_OPENED\"]}")).leaves(() -> members.session("chloe")
                .get("api/v1/me/mail-preferences").expect(200).body()).check();
    }

    private static String signUp(String chapter, String email) {
        return "{\"union\":\"" + UNION + "\",\"chapter\":\"" + chapter + "\",\"displayName\":\"A Newcomer\","
                + "\"email\":\"" + email + "\",\"password\":\"a-fresh-river-2026\",\"note\":\"\"}";
    }

    private void directory() {
        probe("GET /api/v1/me", get("api/v1/me")).check();
        probe("GET /api/v1/unions", get("api/v1/unions")).check();
        probe("GET /api/v1/unions/{union}", get("api/v1/unions/" + UNION)).check();
        probe("GET /api/v1/unions/{union}/chapters", get("api/v1/unions/" + UNION + "/chapters")).check();
        probe("GET /api/v1/unions/{union}/mandates", get("api/v1/unions/" + UNION + "/mandates")).check();
        probe("GET /api/v1/unions/{union}/audit", get("api/v1/unions/" + UNION + "/audit")).check();
        probe("GET /api/v1/chapters/{chapter}", get("api/v1/chapters/" + CHAPTER)).check();
        probe("GET /api/v1/chapters/{chapter}/members", get("api/v1/chapters/" + CHAPTER + "/members")).check();
        probe("GET /api/v1/chapters/{chapter}/mandates", get("api/v1/chapters/" + CHAPTER + "/mandates")).check();
        probe("GET /api/v1/chapters/{chapter}/join-requests", get("api/v1/chapters/" + CHAPTER + "/join-requests"))
                .check();
        probe("GET /api/v1/chapters/{chapter}/audit", get("api/v1/chapters/" + CHAPTER + "/audit")).check();
    }

    private void invitations() {
        String base = "api/v1/chapters/" + CHAPTER + "/invitations";
        String newcomer = person("Nia Newcomer", "nia.newcomer@example.org");
        String chloe = person("Chloé Martin", Members.email("chloe"));
        Supplier<Object> pending = () -> members.session("jonas").get(base + "?size=100").expect(200).body();
        members.post("jonas", base, person("Oz Outsider", "oz.outsider@example.org")).expect(201);
        members.post("jonas", base, person("Pat Passing", "pat.passing@example.org")).expect(201);
        String open = invitationTo(base, "oz.outsider@example.org");
        String withdrawn = invitationTo(base, "pat.passing@example.org");
        members.post("jonas", base + "/" + withdrawn + "/withdraw", "{}").expect(204);

        probe("GET /api/v1/chapters/{chapter}/invitations", get(base)).check();
        probe("POST /api/v1/chapters/{chapter}/invitations", post(base, newcomer))
                .allowed(post(base, chloe), "Already a member").leaves(pending).check();
        probe("POST /api/v1/chapters/{chapter}/invitations/import/preview",
                csv(base + "/import/preview", "name,email\nNia Newcomer,nia.newcomer@example.org\n"))
                .leaves(pending).check();
        probe("POST /api/v1/chapters/{chapter}/invitations/import",
                csv(base + "/import", "Nia Newcomer,nia.newcomer@example.org\n"))
                .allowed(csv(base + "/import", "Chlo\u00e9 Martin," + Members.email("chloe") + "\n"),
                        "Already a member").leaves(pending).check();
        probe("POST /api/v1/chapters/{chapter}/invitations/{invitation}/withdraw",
                post(base + "/" + open + "/withdraw", "{}"))
                .allowed(post(base + "/" + withdrawn + "/withdraw", "{}"), "already withdrawn").leaves(pending)
                .check();
        probe("POST /api/v1/invitations/accept", role -> as(role).post("api/v1/invitations/accept",
                "{\"token\":\"" + "A".repeat(43) + "\",\"displayName\":\"Mallory\",\"password\":\"a-fresh-river-2026\"}"))
                .allowed(role -> as(role).post("api/v1/invitations/accept", "{\"token\":\"" + "B".repeat(43)
                        + "\",\"displayName\":\"Mallory\",\"password\":\"a-fresh-river-2026\"}"), "not valid")
                .check();
        probe("POST /api/v1/invitations/join", post("api/v1/invitations/join", "{\"token\":\"" + "A".repeat(43)
                + "\"}")).allowed(post("api/v1/invitations/join", "{\"token\":\"" + "B".repeat(43) + "\"}"),
                "not valid").check();
        probe("GET /api/v1/operator/mail", get("api/v1/operator/mail")).check();
    }

    private static String person(String name, String email) {
        return "{\"people\":[{\"name\":\"" + name + "\",\"email\":\"" + email + "\"}]}";
    }

    /** The id of the chapter's pending invitation to an address, as its steward lists it. */
    private String invitationTo(String base, String email) {
        return members.session("jonas").get(base + "?size=100").expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("email").equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError("an invitation to " + email + " is pending")).getString("id");
    }

    /** POST of a CSV file from the application's own origin. */
    private Function<Role, Answer> csv(String path, String file) {
        return role -> as(role).send(as(role).request(path).header("Content-Type", "text/csv; charset=utf-8")
                .header("Origin", api.origin()).header("Accept", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(file, StandardCharsets.UTF_8)).build());
    }

    private void myData() {
        String password = "{\"password\":\"" + Api.DEMO_PASSWORD + "\"}";
        probe("GET /api/v1/me/data", get("api/v1/me/data")).check();
        probe("POST /api/v1/me/data/export", post("api/v1/me/data/export", password)).check();
        probe("POST /api/v1/me/data/erase", post("api/v1/me/data/erase", "{\"password\":\"not the password\"}"))
                .allowed(role -> as(role).post("api/v1/me/data/erase", "{\"password\":\"not the password\"}"),
                        "password is not right").check();
    }

    /**
     * Founding chapters, renaming them, their seats and the union's public description. An allowed
     * steward founds a chapter of their own for real; the other changes are sent as they already
     * stand, which answers 200 and changes nothing. The public reads answer everyone.
     */
    private void shaping() {
        Supplier<Object> chapters = () -> as(STEWARD).get("api/v1/unions/" + UNION + "/chapters").expect(200).body();
        Supplier<Object> union = () -> as(STEWARD).get("api/v1/unions/" + UNION).expect(200).body();
        JsonObject now = as(STEWARD).get("api/v1/unions/" + UNION).expect(200).json();
        JsonObject chapter = as(STEWARD).get("api/v1/chapters/" + CHAPTER).expect(200).json();
        String description = jsonText(now.getString("description"));
        String howToJoin = jsonText(now.getString("howToJoin", ""));

        probe("POST /api/v1/unions/{union}/chapters", post("api/v1/unions/" + UNION + "/chapters",
                "{\"slug\":\"moderators-probe\",\"name\":\"Moderators Probe\",\"delegateSeats\":1}"))
                .allowed(role -> as(role).post("api/v1/unions/" + UNION + "/chapters", "{\"slug\":\"moderators-probe-"
                        + role.ordinal() + "\",\"name\":\"Moderators Probe " + role.ordinal()
                        + "\",\"delegateSeats\":1}"), "^$")
                .leaves(chapters).check();
        probe("PUT /api/v1/unions/{union}/description", put("api/v1/unions/" + UNION + "/description",
                "{\"description\":\"Taken over\",\"howToJoin\":\"\"}"))
                .allowed(put("api/v1/unions/" + UNION + "/description", "{\"description\":" + description
                        + ",\"howToJoin\":" + howToJoin + "}"), "^$")
                .leaves(union).check();
        probe("PUT /api/v1/chapters/{chapter}/name", put("api/v1/chapters/" + CHAPTER + "/name",
                "{\"name\":\"Renamed by a probe\"}"))
                .allowed(put("api/v1/chapters/" + CHAPTER + "/name", "{\"name\":"
                        + jsonText(chapter.getString("name")) + "}"), "^$")
                .leaves(chapters).check();
        probe("PUT /api/v1/chapters/{chapter}/delegate-seats", put("api/v1/chapters/" + CHAPTER + "/delegate-seats",
                "{\"delegateSeats\":" + (chapter.getInt("delegateSeats") + 1) + "}"))
                .allowed(put("api/v1/chapters/" + CHAPTER + "/delegate-seats", "{\"delegateSeats\":"
                        + chapter.getInt("delegateSeats") + "}"), "^$")
                .leaves(chapters).check();
        probe("GET /api/v1/public/unions", get("api/v1/public/unions")).check();
        probe("GET /api/v1/public/unions/{union}", get("api/v1/public/unions/" + UNION)).check();
    }

    private static String jsonText(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    private void membership() {
        String olu = members.idOf("olu");
        String pending = scene.pendingRequests().stream().filter(r -> r.getString("memberId").equals(olu))
                .findFirst().orElseThrow(() -> new AssertionError("Olu's request to join waits")).getString("id");
        String decided = members.post("marta", "api/v1/chapters/" + CHAPTER + "/join-requests", "{\"note\":\"Me too\"}")
                .expect(201).json().getString("id");
        members.post("jonas", "api/v1/join-requests/" + decided + "/decline", REASON).expect(200);
        List<String> crowd = plainMembers();
        String active = crowd.get(0);
        String suspended = crowd.get(1);
        members.post("jonas", memberPath(suspended, "suspend"), REASON).expect(200);
        String mandate = mandateOf(members.idOf("priya"));
        String endedMandate = members.post("jonas", "api/v1/mandates", delegate(crowd.get(2))).expect(201).json()
                .getString("id");
        members.post("jonas", "api/v1/mandates/" + endedMandate + "/end", REASON).expect(200);
        Supplier<Object> chapterMembers = () -> members.session("jonas")
                .get("api/v1/chapters/" + CHAPTER + "/members?size=100").expect(200).body();
        Supplier<Object> requests = () -> scene.pendingRequests().toString();
        Supplier<Object> mandates = () -> members.session("jonas").get("api/v1/chapters/" + CHAPTER + "/mandates")
                .expect(200).body();

        probe("POST /api/v1/chapters/{chapter}/join-requests",
                post("api/v1/chapters/" + CHAPTER + "/join-requests", "{\"note\":\"May I join?\"}"))
                .allowed(role -> as(role).post("api/v1/chapters/" + chapterOf(role) + "/join-requests",
                        "{\"note\":\"May I join?\"}"), "already").leaves(requests).check();
        probe("POST /api/v1/chapters/{chapter}/leave", post("api/v1/chapters/" + CHAPTER + "/leave", "{}"))
                .allowed(role -> {
                    String request = as(role).post("api/v1/chapters/" + OTHER_CHAPTER + "/join-requests", "{}")
                            .expect(201).json().getString("id");
                    members.post("diego", "api/v1/join-requests/" + request + "/admit", REASON).expect(200);
                    return as(role).post("api/v1/chapters/" + OTHER_CHAPTER + "/leave", "{}");
                }, "^$").leaves(chapterMembers).check();
        probe("POST /api/v1/chapters/{chapter}/members/{member}/suspend", post(memberPath(active, "suspend"), REASON))
                .allowed(role -> as(role).post(memberPath(suspended, "suspend"), REASON), "suspended")
                .leaves(chapterMembers).check();
        probe("POST /api/v1/chapters/{chapter}/members/{member}/restore", post(memberPath(suspended, "restore"), REASON))
                .allowed(role -> as(role).post(memberPath(active, "restore"), REASON), "Only a suspended or lapsed")
                .leaves(chapterMembers).check();
        probe("POST /api/v1/join-requests/{request}/admit", post("api/v1/join-requests/" + pending + "/admit", REASON))
                .allowed(post("api/v1/join-requests/" + decided + "/admit", REASON), "already declined")
                .leaves(requests).check();
        probe("POST /api/v1/join-requests/{request}/decline",
                post("api/v1/join-requests/" + pending + "/decline", REASON))
                .allowed(post("api/v1/join-requests/" + decided + "/decline", REASON), "already declined")
                .leaves(requests).check();
        probe("POST /api/v1/mandates", post("api/v1/mandates", delegate(active)))
                .allowed(post("api/v1/mandates", delegate(members.idOf("mateo"))), "already holds")
                .leaves(mandates).check();
        probe("POST /api/v1/mandates/{mandate}/end", post("api/v1/mandates/" + mandate + "/end", REASON))
                .allowed(post("api/v1/mandates/" + endedMandate + "/end", REASON), "already ended")
                .leaves(mandates).check();
        assertEquals("ACTIVE", scene.statusOf(active).orElseThrow());
        assertEquals("SUSPENDED", scene.statusOf(suspended).orElseThrow());
    }

    /** A chapter the role already belongs to or has asked to join, where asking again is refused by a rule. */
    private static String chapterOf(Role role) {
        return switch (role) {
            case NON_MEMBER, OTHER_STEWARD, TREASURER -> OTHER_CHAPTER;
            case OTHER_UNION -> "digital-creators";
            default -> CHAPTER;
        };
    }

    /** Active members of the chapter who hold no mandate and play no role here. */
    private List<String> plainMembers() {
        Set<String> known = new TreeSet<>();
        for (String handle : List.of("sam", "hana", "chloe", "mateo", "diego", "amara", "fatima", "yuki", "jonas",
                "priya", "kwame", "olu", "marta")) {
            known.add(members.idOf(handle));
        }
        List<String> plain = members.session("jonas").get("api/v1/chapters/" + CHAPTER + "/members?size=100")
                .expect(200).json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("status").equals("ACTIVE") && m.getJsonArray("roles").isEmpty())
                .map(m -> m.getString("memberId")).filter(id -> !known.contains(id)).toList();
        assertTrue(plain.size() >= 3, "the demo chapter has plain members: " + plain);
        return plain;
    }

    private static String memberPath(String member, String action) {
        return "api/v1/chapters/" + CHAPTER + "/members/" + member + "/" + action;
    }

    private String mandateOf(String holder) {
        return members.session("jonas").get("api/v1/chapters/" + CHAPTER + "/mandates").expect(200).array().stream()
                .map(JsonValue::asJsonObject)
                .filter(m -> m.getBoolean("active") && m.getString("memberId").equals(holder)).findFirst()
                .orElseThrow(() -> new AssertionError(holder + " holds a mandate in " + CHAPTER)).getString("id");
    }

    private static String delegate(String member) {
        return "{\"role\":\"DELEGATE\",\"memberId\":\"" + member + "\",\"scopeKind\":\"CHAPTER\",\"scopeSlug\":\""
                + CHAPTER + "\",\"termStart\":\"" + java.time.LocalDate.now() + "\",\"termEnd\":\""
                + java.time.LocalDate.now().plusYears(1) + "\",\"reason\":\"Elected at the chapter meeting\"}";
    }

    // ---- motions -----------------------------------------------------------------------------------

    private static String motionBody(String kind, String title) {
        return "{\"kind\":\"" + kind + "\",\"scope\":\"UNION\",\"scopeSlug\":\"" + UNION + "\",\"title\":\"" + title
                + "\",\"text\":\"The union decides on " + title + ".\"}";
    }

    /** A motion by Priya, taken as far as the given status through the API. */
    private String motion(String kind, String title, String status) {
        String id = members.post("priya", "api/v1/motions", motionBody(kind, title)).expect(201).json().getString("id");
        if (status.equals("DRAFT")) {
            return id;
        }
        members.post("priya", "api/v1/motions/" + id + "/submit", "{}").expect(200);
        if (status.equals("SUBMITTED")) {
            return id;
        }
        members.post("jonas", "api/v1/motions/" + id + "/seconds", "{}").expect(200);
        assertEquals("SECONDED", members.post("kwame", "api/v1/motions/" + id + "/seconds", "{}").expect(200).json()
                .getString("status"));
        String steward = STEWARD.handle;
        switch (status) {
            case "OPEN_FOR_AMENDMENTS" -> members.post(steward, "api/v1/motions/" + id + "/open-for-amendments", "{}")
                    .expect(200);
            case "SCHEDULED" -> members.post(steward, "api/v1/motions/" + id + "/schedule", "{\"opensAt\":\""
                    + Instant.now().plus(Duration.ofDays(1)) + "\",\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(8))
                    + "\"}").expect(200);
            // A congress vote scheduled for now opens its roll call at once.
            case "VOTING" -> assertEquals("VOTING", members.post(steward, "api/v1/motions/" + id + "/schedule", "{}")
                    .expect(200).json().getString("status"));
            default -> {
            }
        }
        assertEquals(status, members.session("priya").get("api/v1/motions/" + id).expect(200).json()
                .getString("status"));
        return id;
    }

    private void motions() {
        String draft = motion("GENERAL", "A draft nobody else sees", "DRAFT");
        String submitted = motion("GENERAL", "Meet once a month", "SUBMITTED");
        String seconded = motion("BUDGET", "Buy a projector", "SECONDED");
        String amendable = motion("BUDGET", "Rent a meeting room", "OPEN_FOR_AMENDMENTS");
        String scheduled = motion("BUDGET", "Print leaflets", "SCHEDULED");
        String m = "api/v1/motions/";
        Supplier<Object> list = () -> asPriya(m + "?union=" + UNION);

        probe("GET /api/v1/motions", get(m + "?union=" + UNION)).check();
        probe("GET /api/v1/motions/{motion}", get(m + submitted)).check();
        probe("POST /api/v1/motions", post("api/v1/motions", motionBody("GENERAL", "Hold an open day")))
                .leaves(list).check();
        probe("POST /api/v1/motions/bylaws-amendments", post(m + "bylaws-amendments", bylawsAmendment()))
                .leaves(list).check();
        probe("GET /api/v1/motions/bylaws/{union}", get(m + "bylaws/" + UNION)).check();
        probe("GET /api/v1/motions/bylaws/{union}/history", get(m + "bylaws/" + UNION + "/history")).check();
        probe("PUT /api/v1/motions/{motion}", put(m + draft, "{\"title\":\"Taken over\",\"text\":\"Another text.\"}"))
                .leaves(() -> asPriya(m + draft)).check();
        probe("POST /api/v1/motions/{motion}/submit", post(m + draft + "/submit", "{}"))
                .leaves(() -> asPriya(m + draft)).check();
        step("seconds", submitted, seconded, "not waiting for seconds");
        step("open-for-amendments", seconded, submitted, "only a seconded motion");
        String amendment = "{\"title\":\"A cheaper room\",\"text\":\"At most 50 euros a month.\"}";
        probe("POST /api/v1/motions/{motion}/amendments", post(m + amendable + "/amendments", amendment))
                .allowed(post(m + seconded + "/amendments", amendment), "only while the motion is open for amendments")
                .leaves(() -> asPriya(m + amendable)).check();
        step("schedule", seconded, submitted, "only a seconded motion can be scheduled");
        step("open-voting", scheduled, seconded, "only a scheduled motion");
        probe("POST /api/v1/motions/{motion}/withdraw", post(m + submitted + "/withdraw", "{}"))
                .leaves(() -> asPriya(m + submitted)).check();
        debate(m + submitted);
    }

    /** The debate on a submitted motion of Priya's: comments by Priya are edited and hidden. */
    private void debate(String motion) {
        String comments = motion + "/comments";
        Supplier<Object> thread = () -> asPriya(comments);
        String mine = members.post("priya", comments, "{\"text\":\"Once a month is enough.\"}").expect(201).json()
                .getString("id");
        String rude = members.post("priya", comments, "{\"text\":\"Something a steward will hide.\"}").expect(201)
                .json().getString("id");
        probe("GET /api/v1/motions/{motion}/comments", get(comments)).check();
        probe("POST /api/v1/motions/{motion}/comments", post(comments, "{\"text\":\"I agree.\"}"))
                .leaves(thread).check();
        probe("POST /api/v1/motions/{motion}/comments/{comment}/replies", post(comments + "/" + mine + "/replies",
                "{\"text\":\"Twice would be better.\",\"quote\":\"Once a month\"}")).leaves(thread).check();
        probe("PUT /api/v1/motions/{motion}/comments/{comment}", put(comments + "/" + mine,
                "{\"text\":\"Someone else's words.\"}")).leaves(thread).check();
        probe("POST /api/v1/motions/{motion}/comments/{comment}/hide", post(comments + "/" + rude + "/hide",
                "{\"reason\":\"Off topic for this motion.\"}")).leaves(thread).check();
        probe("PUT /api/v1/motions/{motion}/following", put(motion + "/following", "{}")).leaves(thread).check();
        probe("DELETE /api/v1/motions/{motion}/following", role -> as(role).delete(motion + "/following"))
                .leaves(thread).check();
        probe("GET /api/v1/search", get("api/v1/search?q=month")).check();
    }

    /**
     * A step of a motion's way, {@code POST /api/v1/motions/{motion}/<action>} with {@code {}}: refused
     * on a motion ready for it, allowed on one whose status then refuses it with these words.
     */
    private void step(String action, String ready, String notReady, String refusal) {
        String m = "api/v1/motions/";
        probe("POST /api/v1/motions/{motion}/" + action, post(m + ready + "/" + action, "{}"))
                .allowed(post(m + notReady + "/" + action, "{}"), refusal).leaves(() -> asPriya(m + ready)).check();
    }

    /** The union's bylaws in force, proposed again with a longer voting period. */
    private String bylawsAmendment() {
        JsonObject bylaws = members.session("priya").get("api/v1/motions/bylaws/" + UNION).expect(200).json();
        StringBuilder bodies = new StringBuilder();
        StringBuilder thresholds = new StringBuilder();
        for (JsonValue v : bylaws.getJsonArray("rules")) {
            JsonObject rule = v.asJsonObject();
            String sep = bodies.length() == 0 ? "" : ",";
            bodies.append(sep).append('"').append(rule.getString("kind")).append("\":\"").append(rule.getString("body"))
                    .append('"');
            thresholds.append(sep).append('"').append(rule.getString("kind")).append("\":\"")
                    .append(rule.getString("threshold")).append('"');
        }
        return "{\"unionSlug\":\"" + UNION + "\",\"title\":\"Vote for ten days\",\"text\":\"A longer voting period.\","
                + "\"memberQuorumPercent\":" + bylaws.getInt("memberQuorumPercent") + ",\"congressQuorumPercent\":"
                + bylaws.getInt("congressQuorumPercent") + ",\"secondsNeeded\":" + bylaws.getInt("secondsNeeded")
                + ",\"secondingDays\":" + bylaws.getInt("secondingDays") + ",\"votingDays\":10,\"trustees\":"
                + bylaws.getInt("trustees") + ",\"trusteeThreshold\":" + bylaws.getInt("trusteeThreshold")
                + ",\"bodies\":{" + bodies + "},\"thresholds\":{" + thresholds + "}}";
    }

    // ---- congress ----------------------------------------------------------------------------------

    private void congress() {
        String voting = motion("BUDGET", "Pay the moderators", "VOTING");
        String closing = motion("BUDGET", "Pay the translators", "VOTING");
        String kwame = members.idOf("kwame");
        String proxyTo = "{\"holderId\":\"" + kwame + "\",\"scope\":\"ONE_VOTE\",\"motionId\":\"" + voting + "\"}";
        String proxy = members.post("priya", "api/v1/congress/proxies", proxyTo).expect(201).json().getString("id");
        long priyasWeight = members.session("priya").get("api/v1/congress/" + voting).expect(200).json()
                .getJsonArray("seats").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("memberId").equals(members.idOf("priya"))).findFirst().orElseThrow()
                .getJsonNumber("weight").longValue();
        String c = "api/v1/congress/";
        Supplier<Object> rollCall = () -> asPriya(c + voting);
        Supplier<Object> kwamesProxies = () -> members.session("kwame").get(c + "proxies").expect(200).body();

        probe("GET /api/v1/congress/{motion}", get(c + voting)).check();
        probe("POST /api/v1/congress/{motion}/votes", post(c + voting + "/votes", "{\"choice\":\"FOR\"}"))
                .leaves(rollCall).check();
        probe("POST /api/v1/congress/{motion}/proxy-votes", post(c + voting + "/proxy-votes", "{\"proxyId\":\"" + proxy
                + "\",\"parts\":{\"FOR\":" + priyasWeight + "}}")).leaves(rollCall).check();
        probe("POST /api/v1/congress/{motion}/instructions", post(c + voting + "/instructions",
                "{\"chapterSlug\":\"" + CHAPTER + "\",\"instruction\":\"FOR\"}")).leaves(rollCall).check();
        probe("POST /api/v1/congress/{motion}/close", post(c + voting + "/close", "{}"))
                .allowed(post(c + closing + "/close", "{}"), "^$").leaves(rollCall).check();
        probe("GET /api/v1/congress/proxies", get(c + "proxies")).check();
        probe("POST /api/v1/congress/proxies", post(c + "proxies", proxyTo)).leaves(kwamesProxies).check();
        probe("POST /api/v1/congress/proxies/{proxy}/revoke", post(c + "proxies/" + proxy + "/revoke", "{}"))
                .leaves(kwamesProxies).check();
    }

    // ---- nominations and notifications -------------------------------------------------------------

    private static String officerElection(String office) {
        return "{\"scope\":\"UNION\",\"scopeSlug\":\"" + UNION + "\",\"office\":\"" + office + "\",\"text\":\"Keeps "
                + "the minutes of the union's meetings.\",\"method\":\"ONE_OF_N\",\"seats\":1}";
    }

    private void nominations() {
        String election = members.post("priya", "api/v1/nominations/elections", officerElection("Secretary"))
                .expect(201).json().getString("id");
        members.post("priya", "api/v1/motions/" + election + "/submit", "{}").expect(200);
        String nomination = members.post("priya", "api/v1/nominations", nominate(election, members.idOf("kwame")))
                .expect(201).json().getString("id");
        String n = "api/v1/nominations";
        Supplier<Object> candidates = () -> asPriya("api/v1/motions/" + election);

        probe("POST /api/v1/nominations/elections", post(n + "/elections", officerElection("Archivist")))
                .leaves(() -> asPriya("api/v1/motions?union=" + UNION)).check();
        probe("POST /api/v1/nominations", post(n, nominate(election, members.idOf("marta"))))
                .allowed(post(n, nominate(election, members.idOf("kwame"))), "already nominated")
                .leaves(candidates).check();
        probe("POST /api/v1/nominations/{nomination}/accept", post(n + "/" + nomination + "/accept",
                "{\"statement\":\"I will keep good minutes.\"}")).leaves(candidates).check();
        probe("POST /api/v1/nominations/{nomination}/decline", post(n + "/" + nomination + "/decline", "{}"))
                .leaves(candidates).check();
    }

    private static String nominate(String election, String nominee) {
        return "{\"electionId\":\"" + election + "\",\"nomineeId\":\"" + nominee + "\"}";
    }

    private void notifications() {
        Supplier<Object> kwames = () -> members.session("kwame").get("api/v1/notifications").expect(200).body();
        String notification = members.session("kwame").get("api/v1/notifications").expect(200).json()
                .getJsonArray("items").getJsonObject(0).getString("id");
        probe("GET /api/v1/notifications", get("api/v1/notifications")).check();
        probe("GET /api/v1/notifications/unread-count", get("api/v1/notifications/unread-count")).check();
        probe("POST /api/v1/notifications/{notification}/read", post("api/v1/notifications/" + notification + "/read",
                "{}")).leaves(kwames).check();
    }

    // ---- a secret ballot, through its phases -------------------------------------------------------

    private void elections() {
        List<String> trustees = List.of("priya", "kwame");
        ElectionRun e = new ElectionRun(members, "jonas", CHAPTER, "Who keeps the minutes", trustees, 2);
        Supplier<Object> ballot = () -> e.state() + asPriya(e.path("/ceremony")) + asPriya(e.path(""));

        probe("POST /api/v1/elections", post("api/v1/elections", ElectionRun.prepareBody(members, CHAPTER,
                "Where the chapter meets", trustees, 2)))
                .leaves(() -> asPriya("api/v1/elections?scope=" + CHAPTER)).check();
        probe("GET /api/v1/elections", get("api/v1/elections?scope=" + CHAPTER)).check();

        e.announce();
        probe("GET /api/v1/elections/{id}/ceremony", get(e.path("/ceremony"))).check();
        probe("POST /api/v1/elections/{id}/ceremony/announcement", post(e.path("/ceremony/announcement"),
                ElectionRun.announcementBody(e.announcements.get(0)))).leaves(ballot).check();
        probe("POST /api/v1/elections/{id}/ceremony/shares", post(e.path("/ceremony/shares"),
                e.sharesBody(e.trustees.get(0).sharesFor(e.announcements)))).leaves(ballot).check();
        probe("POST /api/v1/elections/{id}/ceremony/complaint", post(e.path("/ceremony/complaint"),
                ElectionRun.complaintBody(complaintLike(e.manifest())))).leaves(ballot).check();

        e.sendShares();
        probe("POST /api/v1/elections/{id}/credentials", role -> as(role).post(e.path("/credentials"),
                "{\"credential\":\"" + Bytes.encode(Credential.generate(random).publicKey().encode()) + "\"}"))
                .allowed(role -> e.offerKey(role.handle), "^$").leaves(ballot).check();
        probe("POST /api/v1/elections/{id}/open", post(e.path("/open"), "{}")).leaves(ballot).check();

        Map<Role, String> receipts = new EnumMap<>(Role.class);
        probe("POST /api/v1/elections/{id}/ballots", role -> as(role).post(e.path("/ballots"),
                ElectionRun.castBody(e.strangersBallot().ballot())))
                .allowed(role -> {
                    Answer cast = as(role).post(e.path("/ballots"), ElectionRun.castBody(
                            e.ballot(e.keys.get(role.handle), 0).ballot()));
                    if (cast.status() == 201) {
                        receipts.put(role, cast.json().getJsonObject("receipt").toString());
                    }
                    return cast;
                }, "^$").leaves(ballot).check();
        probe("POST /api/v1/elections/{id}/challenges", role -> as(role).post(e.path("/challenges"),
                ElectionRun.challengeBody(e.strangersBallot())))
                .allowed(role -> as(role).post(e.path("/challenges"), ElectionRun.challengeBody(
                        e.ballot(e.keys.get(role.handle), 1))), "^$").leaves(ballot).check();
        probe("GET /api/v1/elections/{id}", get(e.path(""))).check();
        probe("GET /api/v1/elections/{id}/board", get(e.path("/board"))).check();
        String receipt = receipts.values().stream().findFirst().orElseThrow(() -> new AssertionError("a receipt"));
        probe("GET /api/v1/elections/{id}/receipt-check", get(e.path("/receipt-check?receipt="
                + URLEncoder.encode(receipt, StandardCharsets.UTF_8)))).check();
        probe("POST /api/v1/elections/{id}/close", post(e.path("/close"), "{}")).leaves(ballot).check();

        probe("POST /api/v1/elections/{id}/decryption", post(e.path("/decryption"), e.decryptionBody(1)))
                .leaves(ballot).check();
        probe("GET /api/v1/elections/{id}/tally", get(e.path("/tally"))).check();
        e.decrypt(1, 2);
        assertEquals("PUBLISHED", e.view("jonas").getString("phase"));
        probe("GET /api/v1/elections/{id}/result", get(e.path("/result"))).check();
        probe("GET /api/v1/elections/{id}/report", get(e.path("/report"))).check();
        probe("GET /api/v1/elections/{id}/record", role -> as(role).send(as(role).request(e.path("/record")).GET()
                .build())).check();
    }

    // ---- the union's ledger ------------------------------------------------------------------------

    private void treasury() {
        String ledger = "api/v1/unions/" + UNION + "/ledger";
        Supplier<Object> books = () -> members.session("chloe").get(ledger).expect(200).body();
        probe("POST /api/v1/unions/{union}/ledger", post(ledger, "{\"currency\":\"EUR\"}"))
                .allowed(post(ledger, "{\"currency\":\"EUR\"}"), "has a ledger already").leaves(books).check();
        String donors = members.post("fatima", ledger + "/accounts", "{\"kind\":\"CONTRIBUTOR\",\"name\":"
                + "\"Donors\"}").expect(201).json().getString("id");
        String general = members.session("fatima").get(ledger).expect(200).json().getJsonArray("accounts")
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("name").equals("General"))
                .findFirst().orElseThrow().getString("id");
        probe("GET /api/v1/unions/{union}/ledger", get(ledger)).check();
        probe("POST /api/v1/unions/{union}/ledger/accounts", role -> as(role).post(ledger + "/accounts",
                "{\"kind\":\"PAYEE\",\"name\":\"Team " + UUID.randomUUID() + "\"}")).leaves(books).check();
        probe("POST /api/v1/unions/{union}/ledger/transfers", role -> as(role).post(ledger + "/transfers",
                "{\"transfers\":[{\"id\":\"" + UUID.randomUUID() + "\",\"kind\":\"POSTED\",\"debit\":\"" + donors
                        + "\",\"credit\":\"" + general + "\",\"amount\":\"12.50\",\"reference\":\"dues:2026\"}]}"))
                .leaves(books).check();
        probe("GET /api/v1/unions/{union}/ledger/transfers", get(ledger + "/transfers")).check();
        probe("GET /api/v1/unions/{union}/ledger/verify", get(ledger + "/verify")).check();
        probe("POST /api/v1/unions/{union}/ledger/checkpoints", post(ledger + "/checkpoints", "{}"))
                .leaves(() -> members.session("chloe").get(ledger + "/checkpoints").expect(200).body()).check();
        probe("GET /api/v1/unions/{union}/ledger/checkpoints", get(ledger + "/checkpoints")).check();
        probe("GET /api/v1/unions/{union}/ledger/export.journal", download(ledger + "/export.journal")).check();
        probe("GET /api/v1/unions/{union}/ledger/export.csv", download(ledger + "/export.csv")).check();
        contributions(general);
    }

    /** Contributions and pledges, recorded into the ledger's General fund. */
    private void contributions(String general) {
        String base = "api/v1/unions/" + UNION + "/contributions";
        String pledges = "api/v1/unions/" + UNION + "/pledges";
        Supplier<Object> given = () -> members.session("fatima").get(base).expect(200).body();
        probe("POST /api/v1/unions/{union}/contributions", role -> as(role).post(base, "{\"id\":\""
                + UUID.randomUUID() + "\",\"kind\":\"DONATION\",\"giver\":\"ANONYMOUS\",\"fund\":\"" + general
                + "\",\"amount\":\"5.00\",\"currency\":\"EUR\",\"receivedOn\":\"2026-01-02\"}")).leaves(given)
                .check();
        probe("GET /api/v1/unions/{union}/contributions", get(base)).check();
        probe("GET /api/v1/unions/{union}/contributions/mine", get(base + "/mine")).check();
        probe("GET /api/v1/unions/{union}/contributions/totals", get(base + "/totals")).check();
        String statement = "date,amount,currency,payer,reference\n2026-01-03,4.00,EUR,Someone,Gift\n";
        probe("POST /api/v1/unions/{union}/contributions/statement/preview",
                csv(base + "/statement/preview?fund=" + general, statement)).leaves(given).check();
        probe("POST /api/v1/unions/{union}/contributions/statement",
                csv(base + "/statement?fund=" + general, statement)).leaves(given).check();
        Supplier<Object> promised = () -> members.session("fatima").get(pledges).expect(200).body();
        probe("POST /api/v1/unions/{union}/pledges", post(pledges, "{\"kind\":\"DUES\",\"fund\":\"" + general
                + "\",\"amount\":\"3.00\",\"currency\":\"EUR\",\"period\":\"MONTHLY\"}")).leaves(promised).check();
        probe("GET /api/v1/unions/{union}/pledges", get(pledges)).check();
        String chloes = members.session("chloe").get(base + "/mine").expect(200).json().getJsonArray("pledges")
                .getJsonObject(0).getString("id");
        probe("POST /api/v1/unions/{union}/pledges/{pledge}/cancel", post(pledges + "/" + chloes + "/cancel", "{}"))
                .allowed(post(pledges + "/" + chloes + "/cancel", "{}"), "cancelled already").leaves(promised).check();
    }

    // ---- grant requests ---------------------------------------------------------------------------

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static String labour(String title) {
        return "{\"kind\":\"MODERATION_LABOUR\",\"instance\":\"social.example.org\",\"title\":\"" + title
                + "\",\"description\":\"Evening shifts on the report queue.\",\"periodFrom\":\"2026-11-01\","
                + "\"periodTo\":\"2026-11-30\",\"hours\":\"2\",\"rate\":\"20.00\"}";
    }

    /** A draft by the member (the requester's own rows) or a submitted request by Priya, with a file. */
    private String grantBy(String handle, boolean submitted) {
        String id = members.post(handle, "api/v1/unions/" + UNION + "/grants", labour("Shifts " + UUID.randomUUID()))
                .expect(201).json().getString("id");
        members.session(handle).upload("api/v1/grants/" + id + "/evidence/files?name=log.pdf", "application/pdf", PDF)
                .expect(201);
        if (submitted) {
            members.post(handle, "api/v1/grants/" + id + "/submit", "{}").expect(200);
        }
        return id;
    }

    private void grants() {
        String list = "api/v1/unions/" + UNION + "/grants";
        probe("GET /api/v1/unions/{union}/grants", get(list)).check();
        probe("POST /api/v1/unions/{union}/grants", role -> as(role).post(list, labour("Probe"))).check();

        String draft = grantBy("chloe", false);
        String path = "api/v1/grants/" + draft;
        Supplier<Object> chloes = () -> members.session("chloe").get(path).expect(200).body();
        probe("PUT /api/v1/grants/{request}", put(path, labour("Changed"))).leaves(chloes).check();
        probe("POST /api/v1/grants/{request}/evidence", post(path + "/evidence",
                "{\"label\":\"Log\",\"link\":\"https://social.example.org/log\"}")).leaves(chloes).check();
        probe("POST /api/v1/grants/{request}/evidence/files", role -> as(role).upload(path
                + "/evidence/files?name=shift.pdf", "application/pdf", PDF)).leaves(chloes).check();
        String evidence = members.session("chloe").get(path).expect(200).json().getJsonArray("evidence")
                .getJsonObject(0).getString("id");
        probe("DELETE /api/v1/grants/{request}/evidence/{evidence}", role -> as(role).delete(path + "/evidence/"
                + evidence)).allowed(role -> as(role).delete(path + "/evidence/" + members.session("chloe")
                .upload(path + "/evidence/files?name=spare.pdf", "application/pdf", PDF).expect(201).json()
                .getString("id")), "^$").leaves(chloes).check();
        probe("POST /api/v1/grants/{request}/withdraw", post(path + "/withdraw", "{}"))
                .allowed(role -> as(role).post("api/v1/grants/" + grantBy("chloe", false) + "/withdraw", "{}"), "^$")
                .leaves(chloes).check();
        probe("POST /api/v1/grants/{request}/submit", post(path + "/submit", "{}"))
                .allowed(role -> as(role).post("api/v1/grants/" + grantBy("chloe", false) + "/submit", "{}"), "^$")
                .leaves(chloes).check();

        String submitted = grantBy("priya", true);
        String asked = "api/v1/grants/" + submitted;
        Supplier<Object> priyas = () -> members.session("priya").get(asked).expect(200).body();
        probe("GET /api/v1/grants/{request}", get(asked)).check();
        String file = members.session("priya").get(asked).expect(200).json().getJsonArray("evidence")
                .getJsonObject(0).getString("id");
        probe("GET /api/v1/grants/{request}/evidence/{evidence}", download(asked + "/evidence/" + file)).check();
        probe("POST /api/v1/grants/{request}/return", post(asked + "/return", "{\"note\":\"Split by week.\"}"))
                .allowed(role -> as(role).post("api/v1/grants/" + grantBy("priya", true) + "/return",
                        "{\"note\":\"Split by week.\"}"), "^$").leaves(priyas).check();
        probe("POST /api/v1/grants/{request}/reject", post(asked + "/reject", "{\"note\":\"Not our instance.\"}"))
                .allowed(role -> as(role).post("api/v1/grants/" + grantBy("priya", true) + "/reject",
                        "{\"note\":\"Not our instance.\"}"), "^$").leaves(priyas).check();
        probe("POST /api/v1/grants/{request}/pay", post(asked + "/pay", "{}"))
                .allowed(post(asked + "/pay", "{}"), "only an approved request can be paid").leaves(priyas).check();
        probe("POST /api/v1/grants/{request}/approve", post(asked + "/approve", "{}")).leaves(priyas).check();
    }

    /** A budget of 50.00 shared by two new requests of 40.00 each, submitted by Priya. */
    private String budget() {
        return "{\"title\":\"Probe budget\",\"budget\":\"50.00\",\"requests\":[\"" + grantBy("priya", true) + "\",\""
                + grantBy("priya", true) + "\"]}";
    }

    private void budgets() {
        String list = "api/v1/unions/" + UNION + "/budgets";
        String body = budget();
        probe("POST /api/v1/unions/{union}/budgets", role -> as(role).post(list, body)).check();
        probe("GET /api/v1/unions/{union}/budgets", get(list)).check();
        String id = members.session("priya").get(list).expect(200).array().getJsonObject(0).getString("id");
        probe("GET /api/v1/budgets/{budget}", get("api/v1/budgets/" + id)).check();
    }

    /** GET of a file, accepting whatever it is (a refusal is problem+json). */
    private Function<Role, Answer> download(String path) {
        return role -> as(role).send(as(role).request(path).header("Accept", "*/*").GET().build());
    }

    /**
     * A complaint in its proper form, as trustee 2 would make it about a wrong share from trustee
     * 1: made in a ceremony held here, with trustees of this test's own, so nothing of the real
     * ceremony is touched.
     */
    private ShareComplaint complaintLike(Manifest m) {
        List<Trustee> local = List.of(new Trustee(1, m.trustees(), m.threshold(), m.baseHash(), random),
                new Trustee(2, m.trustees(), m.threshold(), m.baseHash(), random));
        List<TrusteeAnnouncement> announced = local.stream().map(Trustee::announce).toList();
        List<EncryptedShare> shares = new ArrayList<>();
        for (EncryptedShare s : local.get(0).sharesFor(announced)) {
            byte[] wrong = s.ciphertext();
            wrong[0] ^= 1;
            shares.add(new EncryptedShare(s.from(), s.to(), s.ephemeral(), wrong, s.mac()));
        }
        shares.addAll(local.get(1).sharesFor(announced));
        List<ShareComplaint> complaints = local.get(1).receive(announced, shares);
        assertEquals(1, complaints.size(), "trustee 2 complains about the wrong share");
        return complaints.get(0);
    }
}
