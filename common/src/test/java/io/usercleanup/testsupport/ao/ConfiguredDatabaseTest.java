package io.usercleanup.testsupport.ao;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConfiguredDatabaseTest {

    @Test
    void configured_shouldAlwaysOfferH2AndTheDatabasesNamedInTheEnvironment() {
        assertThat(ConfiguredDatabase.configured(Map.of())).extracting(ConfiguredDatabase::name).containsExactly("H2");

        var all = ConfiguredDatabase.configured(Map.of(
                ConfiguredDatabase.POSTGRES_URL, "jdbc:postgresql://h/test?user=postgres",
                ConfiguredDatabase.MARIADB_URL, "jdbc:mysql://h/test?user=root&password=secret"));

        assertThat(all).extracting(ConfiguredDatabase::name).containsExactly("H2", "PostgreSQL", "MariaDB");
        assertThat(all.get(1).user()).isEqualTo("postgres");
        assertThat(all.get(2).password()).isEqualTo("secret");
    }
}
