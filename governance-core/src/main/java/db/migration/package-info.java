/**
 * The schema migrations that cannot be plain SQL shared by H2 and PostgreSQL, as Flyway Java
 * migrations; Flyway finds them beside the SQL ones in {@code db/migration} and runs all of them
 * in the order of their versions. Their versions follow the same rule as the SQL files' (only
 * upwards; MigrationNumbersTest).
 */
package db.migration;
