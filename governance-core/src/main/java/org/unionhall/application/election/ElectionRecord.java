package org.unionhall.application.election;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.unionhall.crypto.ballot.RollEntry;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.record.RecordLayout;
import org.unionhall.crypto.verify.CheckResult;
import org.unionhall.crypto.verify.VerificationReport;
import org.unionhall.crypto.verify.Verifier;
import org.unionhall.domain.election.BoardLine;
import org.unionhall.domain.election.Election;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.election.Elections;
import org.unionhall.domain.election.TrusteeDecryption;
import org.unionhall.domain.shared.RuleViolation;

/**
 * The election record (protocol §10): its files as far as the election has gone, as a zip, and
 * the verification of a complete record by ballot-crypto's verifier before a result is published.
 */
final class ElectionRecord {
    private final ElectionLookup lookup;
    private final Elections elections;

    ElectionRecord(ElectionLookup lookup) {
        this.lookup = lookup;
        this.elections = lookup.elections;
    }

    static VerificationReport verify(Map<String, byte[]> files) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("unionhall-record-");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(dir.resolve(f.getKey()), f.getValue());
            }
            return Verifier.verify(dir);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the election record for verification", ex);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind holds only public record files.
        }
    }

    static Map<String, Object> reportJson(VerificationReport report) {
        List<Object> checks = new ArrayList<>();
        for (CheckResult c : report.checks()) {
            Map<String, Object> o = new TreeMap<>();
            o.put("id", c.id());
            o.put("section", c.section());
            o.put("title", c.title());
            o.put("meaning", c.meaning());
            o.put("status", c.status().name());
            o.put("checked", c.checked());
            o.put("failed", c.failed());
            o.put("failures", new ArrayList<Object>(c.failures()));
            checks.add(o);
        }
        Map<String, Object> o = new TreeMap<>();
        o.put("passed", report.passed());
        o.put("checks", checks);
        o.put("facts", new TreeMap<String, Object>(report.facts()));
        return o;
    }

    byte[] recordZip(ElectionId id) {
        Election e = lookup.election(id);
        Map<String, byte[]> files = recordFiles(e);
        if (e.phase() == ElectionPhase.PUBLISHED) {
            List<TrusteeDecryption> received = elections.decryptions(id);
            List<Object> trustees = new ArrayList<>();
            received.forEach(d -> trustees.add(Json.parse(d.body())));
            files.put(RecordLayout.DECRYPTION, Json.bytes(Map.of("trustees", trustees)));
            files.put(RecordLayout.RESULT, e.resultJson().orElseThrow().getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    /** The record files up to the tally (protocol §10), once voting has opened. */
    Map<String, byte[]> recordFiles(Election e) {
        String context = e.contextJson().orElseThrow(() -> new RuleViolation("The election record of \"" + e.title()
                + "\" starts when voting opens; the election is " + e.describePhase() + "."));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(RecordLayout.ELECTION, e.manifestJson().getBytes(StandardCharsets.UTF_8));
        files.put(RecordLayout.CONTEXT, context.getBytes(StandardCharsets.UTF_8));
        ElectionLookup.Transcript t = lookup.transcript(e);
        files.put(RecordLayout.CEREMONY, Json.bytes(RecordCodec.ceremony(t.announcements(), t.shares())));
        StringBuilder roll = new StringBuilder();
        for (RollEntry r : lookup.roll(e.id()).entries()) {
            roll.append(Json.write(RecordCodec.rollEntry(r))).append('\n');
        }
        files.put(RecordLayout.ROLL, roll.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder board = new StringBuilder();
        for (BoardLine line : elections.board(e.id(), 1, Integer.MAX_VALUE)) {
            board.append(line.line()).append('\n');
        }
        files.put(RecordLayout.BOARD, board.toString().getBytes(StandardCharsets.UTF_8));
        e.tallyJson().ifPresent(t2 -> files.put(RecordLayout.TALLY, t2.getBytes(StandardCharsets.UTF_8)));
        if (ElectionLookup.manifest(e).version() >= 2) {
            e.closedAt().ifPresent(closed -> files.put(RecordLayout.CLOSING,
                    Json.bytes(RecordCodec.closing(closed.toString()))));
        }
        return files;
    }
}
