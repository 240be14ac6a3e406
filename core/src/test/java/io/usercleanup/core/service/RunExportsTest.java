package io.usercleanup.core.service;

import io.usercleanup.core.model.CsvTemplate;
import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.IdpExportSummary;
import io.usercleanup.core.model.NewRun;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.core.testing.InMemoryRunStore;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunExportsTest {
    private static final String HEADER = "Member object ID or user principal name [memberObjectIdOrUpn] Required\r\n";

    private final InMemoryRunStore runs = new InMemoryRunStore();
    private final RunExports exports = new RunExports(runs);

    private RunRecord runWith(CsvTemplate template, UserOutcome... users) {
        RunRecord run = runs.start(new NewRun(1, "c", RunTrigger.MANUAL, "admin", false,
                Instant.parse("2026-11-23T00:00:00Z"), 4L, template));
        runs.saveOutcomes(run.id(), List.of(users));
        return runs.finish(run.id(), RunStatus.SUCCEEDED, RunCounts.ZERO, Instant.parse("2026-11-23T00:05:00Z"), null);
    }

    @Test
    void downloadsOfARunningRun_areAConflict_beforeAnythingIsWritten() {
        RunRecord run = runs.start(new NewRun(1, "c", RunTrigger.MANUAL, "admin", false,
                Instant.parse("2026-11-23T00:00:00Z"), 4L, CsvTemplate.CURRENT));
        runs.saveOutcomes(run.id(), List.of(user("a", exported("jira-users", "a@example.com"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> exports.finishedRun(run.id())).isInstanceOf(ConflictException.class)
                .hasMessage("Run 1 is still running; its report and identity provider files can be downloaded once it"
                        + " has finished.");
        assertThatThrownBy(() -> exports.writeReport(run.id(), out)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> exports.idpFile(run.id(), "jira-users")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> exports.writeIdpZip(run.id(), out)).isInstanceOf(ConflictException.class);
        assertThat(out.size()).isZero();
        assertThatThrownBy(() -> exports.finishedRun(99)).isInstanceOf(NotFoundException.class);
    }

    private static UserOutcome user(String name, GroupOutcome... outcomes) {
        return new UserOutcome(name, name, name + "@example.com", 1, null, List.of(outcomes), false);
    }

    private static GroupOutcome exported(String group, String identifier) {
        return new GroupOutcome(group, OutcomeType.EXPORTED, null, identifier);
    }

    @Test
    void idpFile_isRenderedFromTheRecord_inTheRunsTemplate() throws IOException {
        RunRecord run = runWith(CsvTemplate.LEGACY_V1,
                user("b", exported("jira-users", "b@example.com")),
                user("a", exported("jira-users", "A@example.com"), new GroupOutcome("local", OutcomeType.REMOVED, null, null)),
                user("c", exported("JIRA-USERS", "a@EXAMPLE.com")));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.idpFile(run.id(), "Jira-Users").writeTo(out);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("version:v1.0\r\n" + HEADER + "A@example.com\r\nb@example.com\r\n");
        assertThat(exports.idpExports(run.id())).containsExactly(new IdpExportSummary(4L, "jira-users", 2));
    }

    @Test
    void zip_holdsOneEntryPerGroup_withTheSameBytesAsTheSingleFiles() throws IOException {
        RunRecord run = runWith(CsvTemplate.CURRENT,
                user("a", exported("jira-users", "a@example.com"), exported("confluence/users", "a@example.com")),
                user("b", exported("jira-users", "b@example.com")));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeIdpZip(run.id(), out);

        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).containsExactly(
                Map.entry("confluence_users.csv", HEADER + "a@example.com\r\n"),
                Map.entry("jira-users.csv", HEADER + "a@example.com\r\nb@example.com\r\n"));
    }

    @Test
    void runWithoutExports_hasNoFilesAndNoZip() {
        RunRecord run = runWith(CsvTemplate.CURRENT, user("a", new GroupOutcome("g", OutcomeType.REMOVED, null, null)));

        assertThat(exports.idpExports(run.id())).isEmpty();
        assertThatThrownBy(() -> exports.writeIdpZip(run.id(), new ByteArrayOutputStream()))
                .isInstanceOf(NotFoundException.class).hasMessage("Run 1 has no identity provider files");
        assertThatThrownBy(() -> exports.idpFile(run.id(), "g"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Run 1 has no identity provider file for the group 'g'");
    }

    @Test
    void report_streamsEveryOutcomeOfTheRecord() throws IOException {
        RunRecord run = runWith(CsvTemplate.CURRENT,
                user("a", exported("jira-users", "a@example.com")),
                user("b", new GroupOutcome("g", OutcomeType.REMOVED, null, null)));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeReport(run.id(), out);

        assertThat(out.toString(StandardCharsets.UTF_8).split("\r\n")).containsExactly(
                "Username,Display name,Email,Directory ID,Last login,Group,Outcome,Reason,Identifier,Deactivated",
                "a,a,a@example.com,1,,jira-users,EXPORTED,,a@example.com,false",
                "b,b,b@example.com,1,,g,REMOVED,,,false");
    }

    @Test
    void unknownRun_isNotFound() {
        assertThatThrownBy(() -> exports.writeReport(99, new ByteArrayOutputStream()))
                .isInstanceOf(NotFoundException.class).hasMessage("There is no run 99");
        assertThatThrownBy(() -> exports.idpExports(99)).isInstanceOf(NotFoundException.class);
    }
}
