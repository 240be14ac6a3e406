package io.usercleanup.integration;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.directory.DirectoryKind;
import io.usercleanup.core.model.CleanupAction;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.CsvTemplate;
import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.IdentifierSource;
import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.model.IdpExportSummary;
import io.usercleanup.core.model.IdpType;
import io.usercleanup.core.model.NeverLoggedInPolicy;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.Page;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.core.service.CleanupRunner;
import io.usercleanup.core.service.RunExports;
import io.usercleanup.core.service.RunLauncher;
import io.usercleanup.core.testing.FakeUserDirectory;
import io.usercleanup.store.ao.AoCleanupStore;
import io.usercleanup.store.ao.AoIdpStore;
import io.usercleanup.store.ao.AoRunStore;
import io.usercleanup.store.ao.StoreEntities;
import io.usercleanup.testsupport.ao.AoDatabasesExtension;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A cleanup run end to end on the real Active Objects stores (H2, and PostgreSQL and MariaDB
 * where configured): the runner records the run, and the report and the Entra files are rendered
 * from that record alone.
 */
class CleanupOnActiveObjectsTest {
    @RegisterExtension
    static final AoDatabasesExtension DATABASES = new AoDatabasesExtension(StoreEntities.NAMESPACE,
            StoreEntities.all());

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Instant OLD = NOW.minus(Duration.ofDays(200));
    private static final Instant CREATED = NOW.minus(Duration.ofDays(1000));
    private static final String HEADER = "Member object ID or user principal name [memberObjectIdOrUpn] Required\r\n";

    private final FakeUserDirectory directory = new FakeUserDirectory()
            .directory(1, "Jira Internal Directory", DirectoryKind.INTERNAL, false)
            .directory(10000, "Microsoft Entra ID", DirectoryKind.AZURE_AD, true)
            .group("jira-software-users", 10000)
            .group("jira-servicedesk-agents", 10000)
            .group("jira-local-users", 1)
            .user("alice", "Alice@Example.com", 10000, CREATED, OLD, "jira-software-users", "jira-servicedesk-agents")
            .user("bob", "bob@example.com", 1, CREATED, OLD, "jira-local-users", "jira-software-users")
            .user("carol", "not-an-email", 10000, CREATED, OLD, "jira-software-users")
            .user("dave", "dave@example.com", 10000, CREATED, NOW.minus(Duration.ofDays(1)), "jira-software-users")
            .user("=evil", "evil@example.com", 1, CREATED, OLD, "jira-local-users");

    private Context context(ActiveObjects ao, CsvTemplate template) {
        AoIdpStore idps = new AoIdpStore(ao);
        AoCleanupStore cleanups = new AoCleanupStore(ao);
        AoRunStore runs = new AoRunStore(ao);
        IdpConfig idp = idps.create(new IdpConfig(null, "Entra ID", IdpType.ENTRA_ID, true, Set.of(10000L), List.of(),
                IdentifierSource.EMAIL, template));
        CleanupDefinition cleanup = cleanups.create(new CleanupDefinition(null, "Licence cleanup", true, List.of(
                "jira-software-users", "jira-servicedesk-agents", "jira-local-users"), List.of(), 90,
                NeverLoggedInPolicy.EXCLUDED, List.of(), List.of(), CleanupAction.REMOVE_FROM_GROUPS, idp.id(), null));
        CleanupRunner runner = new CleanupRunner(directory, runs, Clock.fixed(NOW, ZoneOffset.UTC), 2);
        return new Context(new RunLauncher(cleanups, idps, runner), new RunExports(runs), runs, cleanup.id());
    }

    private record Context(RunLauncher launcher, RunExports exports, AoRunStore runs, long cleanupId) {
        RunRecord run(boolean dryRun) {
            return launcher.runNow(cleanupId, RunTrigger.MANUAL, "admin", dryRun);
        }
    }

    private static String file(Context c, long runId, String group) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.exports().idpFile(runId, group).writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String report(Context c, long runId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.exports().writeReport(runId, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @TestTemplate
    void realRun_isRecorded_andItsDownloadsComeFromTheRecord(ActiveObjects ao) throws IOException {
        Context c = context(ao, CsvTemplate.CURRENT);

        RunRecord run = c.run(false);

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.counts()).isEqualTo(new RunCounts(5, 4, 0, 0, 2, 0, 3, 1, 0, 0));
        assertThat(c.runs().find(run.id())).contains(run);
        assertThat(directory.changes()).containsExactlyInAnyOrder(
                "remove bob from jira-local-users", "remove =evil from jira-local-users");

        Page<UserOutcome> users = c.runs().users(run.id(), 0, 10);
        assertThat(users.total()).isEqualTo(4);
        assertThat(users.items()).extracting(UserOutcome::username).containsExactly("=evil", "alice", "bob", "carol");
        assertThat(users.items().get(1).outcomes()).extracting(GroupOutcome::group, GroupOutcome::outcome)
                .containsExactly(tuple("jira-servicedesk-agents", OutcomeType.EXPORTED),
                        tuple("jira-software-users", OutcomeType.EXPORTED));

        assertThat(c.exports().idpExports(run.id())).containsExactly(
                new IdpExportSummary(run.idpId(), "jira-servicedesk-agents", 1),
                new IdpExportSummary(run.idpId(), "jira-software-users", 2));
        assertThat(file(c, run.id(), "jira-software-users"))
                .isEqualTo(HEADER + "Alice@Example.com\r\nbob@example.com\r\n");
        assertThat(report(c, run.id())).isEqualTo(
                "Username,Display name,Email,Directory ID,Last login,Group,Outcome,Reason,Identifier,Deactivated\r\n"
                        + "'=evil,'=evil Name,evil@example.com,1,2026-05-07T12:00:00Z,jira-local-users,REMOVED,,,false\r\n"
                        + "alice,alice Name,Alice@Example.com,10000,2026-05-07T12:00:00Z,jira-servicedesk-agents,EXPORTED,,"
                        + "Alice@Example.com,false\r\n"
                        + "alice,alice Name,Alice@Example.com,10000,2026-05-07T12:00:00Z,jira-software-users,EXPORTED,,"
                        + "Alice@Example.com,false\r\n"
                        + "bob,bob Name,bob@example.com,1,2026-05-07T12:00:00Z,jira-local-users,REMOVED,,,false\r\n"
                        + "bob,bob Name,bob@example.com,1,2026-05-07T12:00:00Z,jira-software-users,EXPORTED,,"
                        + "bob@example.com,false\r\n"
                        + "carol,carol Name,not-an-email,10000,2026-05-07T12:00:00Z,jira-software-users,NO_IDENTIFIER,"
                        + "email address 'not-an-email' does not have exactly one @,,false\r\n");
    }

    @TestTemplate
    void downloads_areTheSameAfterTheDirectoryChanged(ActiveObjects ao) throws IOException {
        Context c = context(ao, CsvTemplate.LEGACY_V1);
        RunRecord run = c.run(true);
        String fileBefore = file(c, run.id(), "jira-software-users");
        String reportBefore = report(c, run.id());

        directory.deleteUser("alice");
        directory.deleteUser("bob");

        assertThat(fileBefore).isEqualTo("version:v1.0\r\n" + HEADER + "Alice@Example.com\r\nbob@example.com\r\n");
        assertThat(file(c, run.id(), "JIRA-SOFTWARE-USERS")).isEqualTo(fileBefore);
        assertThat(report(c, run.id())).isEqualTo(reportBefore);
        assertThat(directory.changes()).as("a dry run changes nothing").isEmpty();
    }

    @TestTemplate
    void zip_holdsEachGroupsFile(ActiveObjects ao) throws IOException {
        Context c = context(ao, CsvTemplate.CURRENT);
        RunRecord run = c.run(true);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.exports().writeIdpZip(run.id(), out);

        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).containsExactly(
                Map.entry("jira-servicedesk-agents.csv", HEADER + "Alice@Example.com\r\n"),
                Map.entry("jira-software-users.csv", HEADER + "Alice@Example.com\r\nbob@example.com\r\n"));
    }

    @TestTemplate
    void history_isNewestFirst(ActiveObjects ao) {
        Context c = context(ao, CsvTemplate.CURRENT);
        RunRecord first = c.run(true);
        RunRecord second = c.run(false);

        assertThat(c.runs().findByCleanup(c.cleanupId())).extracting(RunRecord::id)
                .containsExactly(second.id(), first.id());
    }
}
