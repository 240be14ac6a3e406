package io.usercleanup.devhost;

import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevHostStartTest {

    private static String memoryDb() {
        return "jdbc:h2:mem:devhost-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /**
     * The host runs on the Java its platform asks for: 17 for Platform 7, and for Platform 8 the
     * Java 21 or newer that the build names (PLATFORM8_JAVA_HOME; devhost-platform8/pom.xml).
     */
    @Test
    void runsOnTheJavaOfItsPlatform() {
        int minimum = Integer.parseInt(System.getProperty("devhost.test.min.java", "17"));
        assertThat(Runtime.version().feature()).as("Java feature release").isGreaterThanOrEqualTo(minimum);
    }

    @Test
    void settings_takeTheContractsPropertiesAndDefaults() {
        Properties none = new Properties();
        Properties all = new Properties();
        all.setProperty("devhost.port", "3000");
        all.setProperty("devhost.now", "2026-11-23T12:00:00Z");
        all.setProperty("devhost.db", "jdbc:h2:mem:x");

        assertThat(DevHostSettings.from(none)).isEqualTo(new DevHostSettings(2990, null, null, DevHostSettings.DEFAULT_DB));
        assertThat(DevHostSettings.from(all)).isEqualTo(
                new DevHostSettings(3000, null, Instant.parse("2026-11-23T12:00:00Z"), "jdbc:h2:mem:x"));
    }

    @Test
    void badSettings_sayWhichPropertyAndWhy() {
        Properties port = new Properties();
        port.setProperty("devhost.port", "http");
        Properties now = new Properties();
        now.setProperty("devhost.now", "yesterday");
        Properties directory = new Properties();
        directory.setProperty("devhost.directory", "/no/such/fixture.json");

        assertThatThrownBy(() -> DevHostSettings.from(port)).hasMessage("devhost.port: 'http' is not a port number (0 to 65535)");
        assertThatThrownBy(() -> DevHostSettings.from(now))
                .hasMessage("devhost.now: 'yesterday' is not an ISO-8601 instant such as 2026-11-23T12:00:00Z");
        assertThatThrownBy(() -> DevHostSettings.from(directory))
                .hasMessage("devhost.directory: /no/such/fixture.json is not a readable file");
    }

    @Test
    void invalidFixture_stopsTheHostAtStart_namingTheFilePathAndReason(@TempDir Path dir) throws IOException {
        Path fixture = dir.resolve("broken.json");
        Files.writeString(fixture, "{\"directories\":[{\"id\":1,\"name\":\"Internal\",\"type\":\"INTERNAL\",\"readOnly\":false}],"
                + "\"groups\":[],\"applications\":[],\"users\":[{\"username\":\"a\",\"directoryId\":42,\"active\":true,"
                + "\"groups\":[]}]}");

        assertThatThrownBy(() -> DevHostServer.start(new DevHostSettings(0, fixture, null, memoryDb())))
                .hasMessageContaining("broken.json")
                .hasMessageContaining("$.users[0].directoryId")
                .hasMessageContaining("42");
    }

    @Test
    void demoDirectory_startsAndServesStatusAndTheApi() throws Exception {
        try (DevHostServer server = DevHostServer.start(new DevHostSettings(0, null, null, memoryDb()))) {
            HttpClientForTests http = new HttpClientForTests(server.baseUrl());

            assertThat(http.get("/status", null).text()).isEqualTo("{\"state\":\"RUNNING\",\"standsInFor\":\""
                    + DevHostProduct.JIRA.release(DevHostExtension.testPlatform()) + "\"}");
            assertThat(server.platform()).isEqualTo(DevHostExtension.testPlatform());
            assertThat(http.get("/rest/user-cleanup/1.0/groups?query=jira-&limit=100", "admin").json().get("groups"))
                    .extracting(n -> n.asText()).contains("jira-software-users", "jira-local-users");
        }
    }
}
