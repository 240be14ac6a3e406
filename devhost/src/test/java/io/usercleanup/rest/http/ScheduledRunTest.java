package io.usercleanup.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import io.usercleanup.devhost.http.HttpClientForTests.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduling through Atlassian Scheduler in the dev host, on the real clock: a cleanup saved with
 * a cron schedule is run by its job, recorded as {@code SCHEDULED}; disabling it stops the job.
 */
class ScheduledRunTest {
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/contract-directory.json", null);
    private static final String API = "/rest/user-cleanup/1.0";

    private static HttpClientForTests http() {
        return HOST.client();
    }

    private static String cleanup(String name, boolean enabled, String cron) {
        return "{\"name\":\"" + name + "\",\"enabled\":" + enabled + ",\"groups\":[\"jira-local-users\"],"
                + "\"inactiveDays\":90,\"action\":\"REPORT_ONLY\",\"schedule\":{\"cron\":\"" + cron
                + "\",\"timeZone\":\"UTC\"}}";
    }

    @Test
    void cronSchedule_firesAndRecordsAScheduledRun() throws Exception {
        // given
        String cron = RunPolling.cronOnceSoon();
        Answer saved = http().post(API + "/cleanups", "admin", cleanup("Once soon", true, cron));
        assertThat(saved.status()).isEqualTo(201);
        long id = saved.json().get("id").asLong();
        assertThat(saved.json().get("nextRunAt").isNull()).isFalse();

        // when
        JsonNode run = RunPolling.awaitFinishedScheduledRun(http(), id);

        // then
        assertThat(run.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(run.get("triggeredBy").isNull()).isTrue();
        assertThat(run.get("dryRun").asBoolean()).isFalse();
        assertThat(run.get("counts").get("reported").asLong()).isPositive();

        // and: disabling the cleanup removes its job
        Answer disabled = http().put(API + "/cleanups/" + id, "admin", cleanup("Once soon", false, RunPolling.cronOnceSoon()));
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().get("nextRunAt").isNull()).isTrue();
        assertThat(HOST.server().scheduler().getJobDetails(
                io.usercleanup.scheduler.CleanupJobs.jobId(id))).isNull();
    }

    @Test
    void invalidCron_isRefusedAtSave_withTheSchedulersReason() {
        Answer answer = http().post(API + "/cleanups", "admin", cleanup("Bad cron", true, "0 0 25 * * ?"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("schedule.cron");
        assertThat(answer.json().get("errors").get(0).get("message").asText())
                .startsWith("'0 0 25 * * ?' is not a valid cron expression: ");
    }

    @Test
    void housekeepingJobs_areScheduled_recoveryOnThisNode_purgeForTheCluster() {
        assertThat(HOST.server().scheduler().getJobDetails(io.usercleanup.scheduler.MaintenanceJobs.RECOVERY_JOB))
                .isNotNull();
        assertThat(HOST.server().scheduler().getJobDetails(io.usercleanup.scheduler.MaintenanceJobs.PURGE_JOB))
                .isNotNull();
    }
}
