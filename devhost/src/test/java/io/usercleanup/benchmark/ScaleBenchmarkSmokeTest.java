package io.usercleanup.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The benchmark's code on a directory of a thousand users in an H2 file: every phase runs and
 * reports its figures, and both reads agree. Times are not checked; they belong to the benchmark
 * itself ({@code mvn -Pbenchmark}, see docs/performance.md).
 */
class ScaleBenchmarkSmokeTest {
    @Test
    void thousandUsersOnH2_everyPhaseReportsItsFigures(@TempDir Path h2Dir) throws Exception {
        // given
        Properties properties = new Properties();
        properties.setProperty("benchmark.sizes", "1000");
        properties.setProperty("benchmark.databases", "h2");
        properties.setProperty("benchmark.h2Dir", h2Dir.toString());
        properties.setProperty("benchmark.compareUpTo", "1000");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        // when
        List<PhaseResult> results = ScaleBenchmark.run(BenchmarkSettings.from(properties),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        // then
        assertThat(results).extracting(PhaseResult::phase).containsExactly("write directory (SQL inserts)",
                "directory read, SQL pages", "directory read, user API", "Confluence directory read, SQL pages",
                "Confluence directory read, user API", "dry run, SQL pages", "dry run, user API",
                "Entra file, jira-software-users", "full report", "real run, SQL pages");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.database()).isEqualTo("H2");
            assertThat(r.users()).isEqualTo(1000);
            assertThat(r.items()).isPositive();
            assertThat(r.peakUsed()).isPositive();
        });
        PhaseResult sqlRead = phase(results, "directory read, SQL pages");
        assertThat(phase(results, "directory read, user API").items()).isEqualTo(sqlRead.items());
        // Confluence's reads of the same directory find the same members
        assertThat(phase(results, "Confluence directory read, SQL pages").items()).isEqualTo(sqlRead.items());
        assertThat(phase(results, "Confluence directory read, user API").items()).isEqualTo(sqlRead.items());
        PhaseResult dryRun = phase(results, "dry run, SQL pages");
        assertThat(dryRun.rows()).isPositive();
        assertThat(phase(results, "dry run, user API").rows()).isEqualTo(dryRun.rows());
        assertThat(phase(results, "real run, SQL pages").rows()).isEqualTo(dryRun.rows());
        assertThat(phase(results, "Entra file, jira-software-users").bytes()).isPositive();
        assertThat(phase(results, "full report").bytes()).isPositive();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("H2              1,000  dry run, SQL pages")
                .contains("H2, 1,000 users: directory read, SQL pages", "faster than the user API")
                .contains("H2, 1,000 users: Confluence directory read, SQL pages", "Confluence's SQL pages take")
                .contains("1,000,000-user dry run on PostgreSQL: not measured in this run");
    }

    @Test
    void unreachableDatabase_stopsTheBenchmarkWithWhereAndWhatToDo() {
        // given: nothing listens on port 1
        Properties properties = new Properties();
        properties.setProperty("benchmark.sizes", "1000");
        properties.setProperty("benchmark.databases", "postgresql");
        properties.setProperty("benchmark.postgresUrl", "jdbc:postgresql://127.0.0.1:1/usercleanup_bench?user=postgres");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        // when / then
        assertThatThrownBy(() -> ScaleBenchmark.run(BenchmarkSettings.from(properties),
                new PrintStream(printed, true, StandardCharsets.UTF_8)))
                .isInstanceOf(BenchmarkFailure.class)
                .hasMessageStartingWith("PostgreSQL at jdbc:postgresql://127.0.0.1:1/usercleanup_bench?user=postgres"
                        + " cannot be reached: ")
                .hasMessageContaining("name another with -Dbenchmark.postgresUrl, or leave postgresql out of"
                        + " -Dbenchmark.databases.");
        assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("PostgreSQL      1,000");
    }

    private static PhaseResult phase(List<PhaseResult> results, String name) {
        return results.stream().filter(r -> r.phase().equals(name)).findFirst().orElseThrow();
    }
}
