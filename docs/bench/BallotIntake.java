import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.unionhall.crypto.ballot.Booth;
import org.unionhall.crypto.ballot.Credential;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.tally.Decryption;
import org.unionhall.crypto.tally.EncryptedTally;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.PartialDecryption;
import org.unionhall.crypto.trustee.Trustee;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;
import org.unionhall.crypto.verify.VerificationReport;
import org.unionhall.crypto.verify.Verifier;

/**
 * Ballot intake against a running Unionhall: a whole secret ballot through the REST API, with a
 * timed phase in which CONCURRENCY clients post pre-made valid ballots (3-option motion, one
 * distinct voting key per voter, every voter also revoting once) as fast as the server takes
 * them, or, given a RATE, at that steady rate (open loop: ballot i is due at start + i / RATE, and
 * its latency is counted from when it was due, so a server that falls behind is charged for the
 * wait). Prints accepted ballots per second, latency percentiles, and the counts that prove
 * nothing was lost or counted twice; then decrypts with the trustees and runs the verifier on
 * the downloaded record.
 *
 * Run (see ballot-intake.sh): java -cp ballot-crypto.jar:bcprov.jar BallotIntake BASE VOTERS CONCURRENCY [RATE]
 * The voters are the members bench00000@bench.example… (password in BENCH_PASSWORD), active in
 * chapter moderators-europe; the steward jonas and the trustees yuki and amara are demo accounts.
 */
public final class BallotIntake {
    private static final String DEMO_PASSWORD = "union-demo-2026";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        int voters = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        double rate = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        String benchPassword = System.getenv().getOrDefault("BENCH_PASSWORD", DEMO_PASSWORD);
        SecureRandom random = new SecureRandom();

        String steward = signIn("jonas@unionhall.example", DEMO_PASSWORD);
        String yuki = signIn("yuki@unionhall.example", DEMO_PASSWORD);
        String amara = signIn("amara@unionhall.example", DEMO_PASSWORD);
        String yukiId = (String) ((Map<?, ?>) get(yuki, "/api/v1/me")).get("memberId");
        String amaraId = (String) ((Map<?, ?>) get(amara, "/api/v1/me")).get("memberId");
        Instant now = Instant.now();
        String prepare = "{\"subjectKind\":\"MOTION\",\"subjectId\":\"bench-" + now.toEpochMilli() + "\","
                + "\"title\":\"Benchmark motion\",\"scope\":\"moderators-europe\",\"contests\":[{\"id\":\"motion\","
                + "\"question\":\"Adopt the benchmark motion?\",\"method\":\"yes-no-abstain\",\"options\":[\"yes\","
                + "\"no\",\"abstain\"],\"min\":1,\"max\":1,\"range\":1}],\"trustees\":[\"" + yukiId + "\",\"" + amaraId
                + "\"],\"threshold\":2,\"opensAt\":\"" + now.plus(Duration.ofDays(1)) + "\",\"closesAt\":\""
                + now.plus(Duration.ofDays(2)) + "\"}";
        String id = (String) ((Map<?, ?>) post(steward, "/api/v1/elections", prepare, 201)).get("id");
        String api = "/api/v1/elections/" + id;
        System.out.println("election " + id);

        Manifest manifest = RecordCodec.manifest(((Map<?, ?>) get(steward, api)).get("election"));
        String[] trustees = {yuki, amara};
        List<Trustee> roles = new ArrayList<>();
        List<TrusteeAnnouncement> announcements = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Trustee t = new Trustee(i + 1, 2, 2, manifest.baseHash(), random);
            roles.add(t);
            TrusteeAnnouncement a = t.announce();
            announcements.add(a);
            post(trustees[i], api + "/ceremony/announcement",
                    Json.write(((List<?>) RecordCodec.ceremony(List.of(a), List.of()).get("announcements")).get(0)), 204);
        }
        List<EncryptedShare> allShares = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            List<EncryptedShare> shares = roles.get(i).sharesFor(announcements);
            allShares.addAll(shares);
            post(trustees[i], api + "/ceremony/shares", Json.write(Map.of("shares",
                    RecordCodec.ceremony(List.of(), shares).get("shares"))), 204);
        }
        for (Trustee t : roles) {
            if (!t.receive(announcements, allShares).isEmpty()) {
                throw new IllegalStateException("a trustee found a wrong share");
            }
        }
        System.out.println("phase after the ceremony: " + ((Map<?, ?>) get(steward, api)).get("phase"));

        // Registration: each voter signs in once and registers a voting key made here.
        List<String> sessions = new ArrayList<>();
        List<Credential> credentials = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<String>> signed = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            String email = String.format("bench%05d@bench.example", v);
            signed.add(pool.submit(() -> signIn(email, benchPassword)));
        }
        for (int v = 0; v < voters; v++) {
            String session = signed.get(v).get();
            Credential c = Credential.generate(random);
            post(session, api + "/credentials", "{\"credential\":\"" + Bytes.encode(c.publicKey().encode()) + "\"}", 204);
            sessions.add(session);
            credentials.add(c);
        }
        pool.shutdown();
        Map<?, ?> opened = (Map<?, ?>) post(steward, api + "/open", "", 200);
        Map<?, ?> ctx = (Map<?, ?>) opened.get("context");
        RecordCodec.DeclaredContext d = RecordCodec.context(ctx);
        ElectionContext context = ElectionContext.create(manifest, d.jointKey(), d.ceremonyDigest(), d.rollDigest());
        System.out.println("voting open: " + opened.get("rollSize") + " voting keys on the roll");

        // Every voter votes twice (a revote): 2 × VOTERS ballots, made before the clock starts.
        List<String> ballots = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int round = 0; round < 2; round++) {
            for (int v = 0; v < voters; v++) {
                List<Integer> marks = new ArrayList<>(List.of(0, 0, 0));
                marks.set(random.nextInt(3), 1);
                Booth.PreparedBallot b = Booth.encrypt(context, credentials.get(v), List.of(marks), random);
                ballots.add(Json.write(Map.of("ballot", RecordCodec.ballot(b.ballot()))));
                owners.add(sessions.get(v));
            }
        }
        System.out.printf("%d ballots made in %.1f s%n", ballots.size(), (System.nanoTime() - t0) / 1e9);

        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> warmLatencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> codes = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(concurrency);
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        // First round, then revotes: a voter's revote is only taken after all first ballots were sent.
        String loadBefore = loadAverage();
        long[] halfway = new long[3];
        long cpuBefore = serverCpuMillis();
        long[] threadsBefore = serverThreadCpuMillis();
        long start = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            clients.submit(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < ballots.size(); i = next.getAndIncrement()) {
                        if (i == ballots.size() / 2) {
                            halfway[0] = System.nanoTime();
                            halfway[1] = serverCpuMillis();
                            halfway[2] = codes.size();
                        }
                        long s = System.nanoTime();
                        if (rate > 0) {
                            long due = start + (long) (i * 1e9 / rate);
                            java.util.concurrent.locks.LockSupport.parkNanos(due - s);
                            s = due;
                        }
                        HttpResponse<String> r = send(owners.get(i), "POST", api + "/ballots", ballots.get(i));
                        long took = System.nanoTime() - s;
                        latencies.add(took);
                        if (i >= ballots.size() / 2) {
                            warmLatencies.add(took);
                        }
                        if (r.statusCode() == 201) {
                            codes.add(r.body());
                        } else {
                            failed.incrementAndGet();
                            System.err.println("refused: " + r.statusCode() + " " + r.body());
                        }
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                    e.printStackTrace();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        long cpuAfter = serverCpuMillis();
        long[] threadsAfter = serverThreadCpuMillis();
        String loadAfter = loadAverage();
        clients.shutdown();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("accepted %d of %d ballots in %.2f s with %d concurrent clients%s: %.0f ballots/s%n",
                codes.size(), ballots.size(), seconds, concurrency,
                rate > 0 ? String.format(" offering %.0f ballots/s", rate) : "", codes.size() / seconds);
        if (cpuBefore >= 0) {
            double perBallot = (double) (cpuAfter - cpuBefore) / codes.size();
            System.out.printf("server CPU per accepted ballot: %.1f ms, so %.0f ballots/s per idle core%n", perBallot,
                    1000 / perBallot);
            System.out.printf("  of which JIT compiler threads %.1f ms, garbage collector threads %.1f ms, all other "
                            + "threads (requests) %.1f ms%n", (threadsAfter[0] - threadsBefore[0]) / (double) codes.size(),
                    (threadsAfter[1] - threadsBefore[1]) / (double) codes.size(),
                    (threadsAfter[2] - threadsBefore[2]) / (double) codes.size());
        }
        if (cpuBefore >= 0 && halfway[0] > 0) {
            long later = codes.size() - halfway[2];
            System.out.printf("second half of the timed phase (JIT warm): %.0f ballots/s, server CPU %.1f ms per ballot%n",
                    later / ((end - halfway[0]) / 1e9), (double) (cpuAfter - halfway[1]) / later);
        }
        System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", pct(sorted, 50), pct(sorted, 90),
                pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
        long[] warm = warmLatencies.stream().mapToLong(Long::longValue).sorted().toArray();
        if (warm.length > 0) {
            System.out.printf("latency ms, second half (JIT warm): p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                    pct(warm, 50), pct(warm, 90), pct(warm, 99), warm[warm.length - 1] / 1e6);
        }
        System.out.println("machine load average (1, 5, 15 min) before the timed phase: " + loadBefore + "; after: "
                + loadAfter);

        // Counting: every accepted ballot is on the board once, every voter counted once.
        Map<?, ?> after = (Map<?, ?>) get(steward, api);
        Set<String> receipts = new HashSet<>(codes);
        Set<String> onBoard = new HashSet<>();
        long from = 1;
        while (true) {
            List<?> entries = (List<?>) ((Map<?, ?>) get(steward, api + "/board?from=" + from)).get("entries");
            if (entries.isEmpty()) {
                break;
            }
            for (Object e : entries) {
                onBoard.add((String) ((Map<?, ?>) e).get("code"));
                from = (Long) ((Map<?, ?>) e).get("seq") + 1;
            }
        }
        Set<String> receiptCodes = new HashSet<>();
        List<Verifier.ReceiptText> boardReceipts = new ArrayList<>();
        for (String r : receipts) {
            Map<?, ?> answer = (Map<?, ?>) Json.parse(canonical(r));
            receiptCodes.add((String) answer.get("code"));
            boardReceipts.add(new Verifier.ReceiptText("answer " + answer.get("seq"), Json.write(answer.get("receipt"))));
        }
        post(steward, api + "/close", "", 200);
        Map<?, ?> tally = (Map<?, ?>) get(steward, api + "/tally");
        System.out.printf("board: %s entries (%d distinct codes); receipts %d, all on the board: %s; failed requests %d%n",
                after.get("boardSize"), onBoard.size(), receiptCodes.size(), onBoard.containsAll(receiptCodes),
                failed.get());
        System.out.printf("tally: ballotsCounted %s for %d voters (each voted twice; the last ballot counts)%n",
                tally.get("ballotsCounted"), voters);

        EncryptedTally t = RecordCodec.tally(tally);
        for (int j = 1; j <= 2; j++) {
            List<PartialDecryption> partials = roles.get(j - 1).decrypt(context.extendedHash(), Decryption.flatten(t),
                    Decryption.contexts(j, t));
            post(trustees[j - 1], api + "/decryption",
                    Json.write(((List<?>) RecordCodec.decryption(Map.of(j, partials)).get("trustees")).get(0)), 204);
        }
        Map<?, ?> result = (Map<?, ?>) get(steward, api + "/result");
        System.out.println("result: " + result.get("phase") + " " + result.get("contests"));
        Path dir = Files.createTempDirectory("bench-record-");
        unzip(sendBytes(steward, api + "/record"), dir);
        VerificationReport report = Verifier.verify(dir, boardReceipts);
        System.out.println("record verified by the downloaded verifier with " + report.check("V18").checked()
                + " signed receipts: " + (report.passed() && report.rejectedReceipts().isEmpty() ? "every check passed"
                : "FAILED " + report));
        boolean ok = codes.size() == ballots.size() && failed.get() == 0
                && ((Long) after.get("boardSize")) == ballots.size() && onBoard.size() == ballots.size()
                && onBoard.containsAll(receiptCodes) && ((Long) tally.get("ballotsCounted")) == voters
                && report.passed() && report.rejectedReceipts().isEmpty()
                && report.check("V18").checked() == ballots.size();
        System.out.println(ok ? "zero lost, zero counted twice" : "COUNTS DO NOT MATCH");
        System.exit(ok ? 0 : 1);
    }

    /** CPU time (user + system) of the server process named by SERVER_PID, or -1. */
    private static long serverCpuMillis() throws Exception {
        String pid = System.getenv("SERVER_PID");
        if (pid == null || pid.isBlank()) {
            return -1;
        }
        String stat = Files.readString(Path.of("/proc", pid.strip(), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }

    /**
     * CPU time of the server's threads by kind, from /proc/PID/task: JIT compiler threads, garbage
     * collector threads, and all others (request threads and the rest); zeros without SERVER_PID.
     */
    private static long[] serverThreadCpuMillis() throws Exception {
        long[] out = new long[3];
        String pid = System.getenv("SERVER_PID");
        if (pid == null || pid.isBlank()) {
            return out;
        }
        try (var tasks = Files.list(Path.of("/proc", pid.strip(), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
                    int kind = name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? 0
                            : name.startsWith("GC Thread") || name.startsWith("G1 ") ? 1 : 2;
                    out[kind] += ms;
                } catch (java.io.IOException ended) {
                    // The thread ended between listing and reading.
                }
            }
        }
        return out;
    }

    /** The machine's load average from /proc/loadavg (the 1, 5 and 15 minute figures), or "?". */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "?";
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static String signIn(String email, String password) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
                .header("Content-Type", "application/json").header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 204) {
            throw new IllegalStateException("sign-in of " + email + " answered " + r.statusCode() + " " + r.body());
        }
        return r.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("UNIONHALL_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static HttpResponse<String> send(String cookie, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Cookie", cookie).header("Accept", "application/json").header("Origin", base);
        if (method.equals("POST")) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Object get(String cookie, String path) throws Exception {
        HttpResponse<String> r = send(cookie, "GET", path, null);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + " " + r.body());
        }
        return Json.parse(canonical(r.body()));
    }

    private static Object post(String cookie, String path, String body, int expected) throws Exception {
        HttpResponse<String> r = send(cookie, "POST", path, body);
        if (r.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + " " + r.body());
        }
        return r.body().isEmpty() ? Map.of() : Json.parse(canonical(r.body()));
    }

    private static byte[] sendBytes(String cookie, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private static void unzip(byte[] zip, Path dir) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Files.write(dir.resolve(e.getName()), in.readAllBytes());
            }
        }
    }

    /** The server's JSON re-written canonically, so the record codec's strict reader takes it. */
    private static String canonical(String json) throws Exception {
        return Json.write(Loose.parse(json));
    }

    /** A small lenient JSON reader for the server's answers (whitespace, any key order). */
    private static final class Loose {
        private final String s;
        private int at;

        private Loose(String s) {
            this.s = s;
        }

        static Object parse(String s) {
            Loose l = new Loose(s);
            Object v = l.value();
            l.ws();
            return v;
        }

        private void ws() {
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
        }

        private Object value() {
            ws();
            char c = s.charAt(at);
            if (c == '{') {
                at++;
                Map<String, Object> m = new java.util.TreeMap<>();
                ws();
                if (s.charAt(at) == '}') {
                    at++;
                    return m;
                }
                while (true) {
                    ws();
                    String k = string();
                    ws();
                    at++;
                    Object v = value();
                    if (v != null) {
                        m.put(k, v);
                    }
                    ws();
                    if (s.charAt(at++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                at++;
                List<Object> l = new ArrayList<>();
                ws();
                if (s.charAt(at) == ']') {
                    at++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    ws();
                    if (s.charAt(at++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", at)) {
                at += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", at)) {
                at += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", at)) {
                at += 4;
                return null;
            }
            int st = at;
            while (at < s.length() && "-+.eE0123456789".indexOf(s.charAt(at)) >= 0) {
                at++;
            }
            String num = s.substring(st, at);
            return num.matches("-?\\d+") ? (Object) Long.valueOf(num) : (Object) num;
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            at++;
            while (s.charAt(at) != '"') {
                char c = s.charAt(at++);
                if (c == '\\') {
                    char e = s.charAt(at++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
            at++;
            return b.toString();
        }
    }
}
