package io.usercleanup.scheduler;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.Schedule;
import io.usercleanup.core.model.ScheduleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.time.Instant;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class SchedulerScheduleCalculatorTest {
    @Mock
    private SchedulerService scheduler;

    @Test
    void problem_isNoneWhenTheSchedulerAcceptsTheExpression_askingItWithTheTimeZone() throws Exception {
        ScheduleSpec spec = new ScheduleSpec("0 0 3 ? * MON-FRI", "Europe/Oslo");

        assertThat(new SchedulerScheduleCalculator(scheduler).problem(spec)).isNull();

        ArgumentCaptor<Schedule> asked = ArgumentCaptor.forClass(Schedule.class);
        verify(scheduler).calculateNextRunTime(asked.capture());
        assertThat(asked.getValue().getCronScheduleInfo().getCronExpression()).isEqualTo("0 0 3 ? * MON-FRI");
        assertThat(asked.getValue().getCronScheduleInfo().getTimeZone()).isEqualTo(TimeZone.getTimeZone("Europe/Oslo"));
    }

    @Test
    void problem_isTheSchedulersOwnReason() throws Exception {
        when(scheduler.calculateNextRunTime(any())).thenThrow(new SchedulerServiceException(
                "Invalid cron expression 'every day': Illegal characters for this position: 'EVE'"));

        assertThat(new SchedulerScheduleCalculator(scheduler).problem(new ScheduleSpec("every day", "UTC")))
                .isEqualTo("Invalid cron expression 'every day': Illegal characters for this position: 'EVE'");
    }

    @Test
    void problem_reportsARuntimeRefusalToo() throws Exception {
        when(scheduler.calculateNextRunTime(any())).thenThrow(new IllegalArgumentException());

        assertThat(new SchedulerScheduleCalculator(scheduler).problem(new ScheduleSpec("x", "UTC")))
                .isEqualTo("IllegalArgumentException");
    }

    @Test
    void problem_catchesWhatQuartzRefusesWhenTheSchedulerDoesNotCheck() {
        assertThat(new SchedulerScheduleCalculator(scheduler).problem(new ScheduleSpec("0 0 25 * * ?", "UTC")))
                .isNotNull();
    }

    @Test
    void nextRunAfter_followsTheExpressionInItsTimeZone() {
        SchedulerScheduleCalculator calculator = new SchedulerScheduleCalculator(scheduler);

        assertThat(calculator.nextRunAfter(new ScheduleSpec("0 0 3 * * ?", "Europe/Oslo"),
                Instant.parse("2026-11-23T12:00:00Z"))).isEqualTo(Instant.parse("2026-11-24T02:00:00Z"));
        assertThat(calculator.nextRunAfter(new ScheduleSpec("0 0 3 1 1 ? 2020", "UTC"),
                Instant.parse("2026-11-23T12:00:00Z"))).isNull();
        assertThatThrownBy(() -> calculator.nextRunAfter(new ScheduleSpec("nonsense", "UTC"), Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nonsense");
    }
}
