package org.unionhall.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * A deployed database has run the released migrations and refuses one numbered below them, so
 * the migrations in {@code src/main/resources/db/migration} (and the Java ones in {@code
 * src/main/java/db/migration}) may only grow upwards: every file a versioned migration Flyway
 * reads, no two files with one version, no released file changed in name, and every file not yet
 * released numbered above the highest released one. The released files are listed in {@code
 * src/test/resources/db/released-migrations.txt}.
 */
class MigrationNumbersTest {
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    /** The migrations that cannot be shared SQL (V81's triggers, V85's keys on H2), as Flyway Java migrations. */
    private static final Path JAVA_MIGRATIONS = Path.of("src/main/java/db/migration");
    private static final Path RELEASED = Path.of("src/test/resources/db/released-migrations.txt");
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(\\w+)\\.(?:sql|java)");
    private static final String NOT_A_MIGRATION = "not named V<version>__<description>.sql, "
            + "so Flyway may skip it without a word";

    private static final List<String> RELEASED_EXAMPLE = List.of("V1__membership.sql", "V10__motions.sql",
            "V43__sign_in_sessions.sql");

    @Test
    void theMigrationsOnlyGrowUpwards() throws IOException {
        List<String> files;
        try (Stream<Path> folder = Files.list(MIGRATIONS); Stream<Path> java = Files.list(JAVA_MIGRATIONS)) {
            files = Stream.concat(folder, java.filter(file -> !file.endsWith("package-info.java")))
                    .map(file -> file.getFileName().toString()).sorted().toList();
        }
        List<String> released = Files.readAllLines(RELEASED).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertEquals(List.of(), problems(files, released));
    }

    @Test
    void aNewMigrationAtOrBelowTheHighestReleasedIsRefused() {
        assertEquals(List.of("V42__late_index.sql: version 42 is not above 43, the highest released; "
                        + "a new migration takes a higher version",
                        "V5__early_index.sql: version 5 is not above 43, the highest released; "
                                + "a new migration takes a higher version"),
                problems(List.of("V1__membership.sql", "V10__motions.sql", "V42__late_index.sql",
                        "V43__sign_in_sessions.sql", "V5__early_index.sql"), RELEASED_EXAMPLE));
    }

    @Test
    void aNewMigrationAboveTheHighestReleasedIsTaken() {
        assertEquals(List.of(), problems(List.of("V1__membership.sql", "V10__motions.sql",
                "V43__sign_in_sessions.sql", "V43_1__fix.sql", "V44__treasury.sql"), RELEASED_EXAMPLE));
    }

    @Test
    void twoFilesWithOneVersionAreRefused() {
        assertEquals(List.of("V44__ledger.sql: version 44 is also V44__treasury.sql's",
                        "V43_0__again.sql: version 43.0 is also V43__sign_in_sessions.sql's"),
                problems(List.of("V1__membership.sql", "V10__motions.sql", "V43__sign_in_sessions.sql",
                        "V44__treasury.sql", "V44__ledger.sql", "V43_0__again.sql"), RELEASED_EXAMPLE));
    }

    @Test
    void aNameFlywayWouldNotReadIsRefused() {
        List<String> unread = List.of("V44_treasury.sql", "V44-treasury.sql", "v44__treasury.sql",
                "44__treasury.sql", "V44__treasury.sql.orig");
        List<String> files = new ArrayList<>(List.of("V1__membership.sql", "V10__motions.sql",
                "V43__sign_in_sessions.sql"));
        files.addAll(unread);
        assertEquals(unread.stream().map(name -> name + ": " + NOT_A_MIGRATION).toList(),
                problems(files, RELEASED_EXAMPLE));
    }

    @Test
    void aReleasedMigrationRenamedOrRemovedIsRefused() {
        assertEquals(List.of("V10__motions.sql: released, so it must stay as it is",
                        "V10__motions_and_bylaws.sql: version 10 is not above 43, the highest released; "
                                + "a new migration takes a higher version"),
                problems(List.of("V1__membership.sql", "V10__motions_and_bylaws.sql", "V43__sign_in_sessions.sql"),
                        RELEASED_EXAMPLE));
    }

    /** What is wrong with these migration files, given the released ones; empty when nothing is. */
    static List<String> problems(List<String> files, List<String> released) {
        List<String> problems = new ArrayList<>();
        for (String name : released) {
            if (!files.contains(name)) {
                problems.add(name + ": released, so it must stay as it is");
            }
        }
        MigrationVersion highestReleased = released.stream().map(name -> version(name).orElseThrow())
                .max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
        Map<MigrationVersion, String> seen = new TreeMap<>();
        for (String name : files) {
            Optional<MigrationVersion> version = version(name);
            if (version.isEmpty()) {
                problems.add(name + ": " + NOT_A_MIGRATION);
                continue;
            }
            String other = seen.putIfAbsent(version.get(), name);
            if (other != null) {
                problems.add(name + ": version " + version.get() + " is also " + other + "'s");
            } else if (!released.contains(name) && version.get().compareTo(highestReleased) <= 0) {
                problems.add(name + ": version " + version.get() + " is not above " + highestReleased
                        + ", the highest released; a new migration takes a higher version");
            }
        }
        return problems;
    }

    private static Optional<MigrationVersion> version(String fileName) {
        Matcher m = VERSIONED.matcher(fileName);
        return m.matches() ? Optional.of(MigrationVersion.fromVersion(m.group(1).replace('_', '.')))
                : Optional.empty();
    }
}
