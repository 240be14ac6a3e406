package io.usercleanup.benchmark;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The benchmark's settings: documented defaults, and a clear refusal of what makes no sense. */
class BenchmarkSettingsTest {
    @Test
    void defaults_areTheDocumentedOnes() {
        BenchmarkSettings settings = BenchmarkSettings.from(new Properties());

        assertThat(settings.sizes()).containsExactly(10_000, 100_000, 1_000_000);
        assertThat(settings.databases()).extracting(BenchmarkSettings.Database::name)
                .containsExactly("H2", "PostgreSQL");
        assertThat(settings.databases().get(1).url())
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/usercleanup_bench?user=postgres");
        assertThat(settings.compareUpTo()).isEqualTo(100_000);
        assertThat(settings.realRun()).isTrue();
        assertThat(settings.seed()).isEqualTo(42);
    }

    @Test
    void sizes_mayHaveUnderscores_andDatabasesAnyCase() {
        BenchmarkSettings settings = BenchmarkSettings.from(properties("benchmark.sizes", "1_000, 20000",
                "benchmark.databases", "PostgreSQL"));

        assertThat(settings.sizes()).isEqualTo(List.of(1_000, 20_000));
        assertThat(settings.databases()).extracting(BenchmarkSettings.Database::name).containsExactly("PostgreSQL");
    }

    @Test
    void sizeThatIsNoPositiveNumber_isRefusedWithTheProperty() {
        assertThatThrownBy(() -> BenchmarkSettings.from(properties("benchmark.sizes", "10000,-5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("benchmark.sizes: expected a positive whole number, found '-5'");
        assertThatThrownBy(() -> BenchmarkSettings.from(properties("benchmark.compareUpTo", "lots")))
                .hasMessageStartingWith("benchmark.compareUpTo:");
    }

    @Test
    void unknownDatabase_isRefused() {
        assertThatThrownBy(() -> BenchmarkSettings.from(properties("benchmark.databases", "h2,oracle")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("benchmark.databases: unknown database 'oracle' (expected h2 or postgresql)");
    }

    private static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }
}
