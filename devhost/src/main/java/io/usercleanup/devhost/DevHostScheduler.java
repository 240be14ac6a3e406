package io.usercleanup.devhost;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import org.quartz.CronExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Serializable;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Atlassian Scheduler for the dev host, on one node: cron schedules (Quartz syntax, with a time
 * zone) and interval schedules fire on the host clock, checked every second; a job runs only
 * while its runner is registered, as in Jira, and never twice at once.
 */
public final class DevHostScheduler implements SchedulerService, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DevHostScheduler.class);

    private final Clock clock;
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, Job> jobs = new ConcurrentHashMap<>();
    private final Set<JobId> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "tick"));
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> daemon(r, "job"));

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, "devhost-scheduler-" + name);
        thread.setDaemon(true);
        return thread;
    }

    /** A scheduled job and when it fires next ({@code null}: never again). */
    private static final class Job implements JobDetails {
        private final JobId id;
        private final JobConfig config;
        private volatile Date next;

        Job(JobId id, JobConfig config, Date next) {
            this.id = id;
            this.config = config;
            this.next = next;
        }

        @Override
        public JobId getJobId() {
            return id;
        }

        @Override
        public JobRunnerKey getJobRunnerKey() {
            return config.getJobRunnerKey();
        }

        @Override
        public RunMode getRunMode() {
            return config.getRunMode();
        }

        @Override
        public Schedule getSchedule() {
            return config.getSchedule();
        }

        @Override
        public Date getNextRunTime() {
            return next;
        }

        @Override
        public Map<String, Serializable> getParameters() {
            return config.getParameters();
        }

        @Override
        public boolean isRunnable() {
            return true;
        }
    }

    public DevHostScheduler(Clock clock) {
        this.clock = clock;
        ticker.scheduleWithFixedDelay(this::fireDueJobs, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void registerJobRunner(JobRunnerKey key, JobRunner runner) {
        runners.put(key, runner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey key) {
        runners.remove(key);
    }

    @Override
    public Set<JobRunnerKey> getRegisteredJobRunnerKeys() {
        return Set.copyOf(runners.keySet());
    }

    @Override
    public Set<JobRunnerKey> getJobRunnerKeysForAllScheduledJobs() {
        return jobs.values().stream().map(Job::getJobRunnerKey).collect(Collectors.toSet());
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig config) throws SchedulerServiceException {
        jobs.put(jobId, new Job(jobId, config, nextAfter(config.getSchedule(), now(), true)));
    }

    @Override
    public JobId scheduleJobWithGeneratedId(JobConfig config) throws SchedulerServiceException {
        JobId id = JobId.of(UUID.randomUUID().toString());
        scheduleJob(id, config);
        return id;
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        jobs.remove(jobId);
    }

    @Override
    public Date calculateNextRunTime(Schedule schedule) throws SchedulerServiceException {
        return nextAfter(schedule, now(), true);
    }

    @Override
    public JobDetails getJobDetails(JobId jobId) {
        return jobs.get(jobId);
    }

    @Override
    public List<JobDetails> getJobsByJobRunnerKey(JobRunnerKey key) {
        return getJobsByJobRunnerKeys(List.of(key));
    }

    @Override
    public List<JobDetails> getJobsByJobRunnerKeys(List<JobRunnerKey> keys) {
        return jobs.values().stream().filter(j -> keys.contains(j.getJobRunnerKey()))
                .sorted((a, b) -> a.getJobId().compareTo(b.getJobId()))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private Date now() {
        return Date.from(clock.instant());
    }

    private static Date nextAfter(Schedule schedule, Date after, boolean first) throws SchedulerServiceException {
        if (schedule.getType() == Schedule.Type.CRON_EXPRESSION) {
            try {
                CronExpression cron = new CronExpression(schedule.getCronScheduleInfo().getCronExpression());
                TimeZone zone = schedule.getCronScheduleInfo().getTimeZone();
                cron.setTimeZone(zone == null ? TimeZone.getDefault() : zone);
                return cron.getNextValidTimeAfter(after);
            } catch (ParseException e) {
                throw new SchedulerServiceException(e.getMessage(), e);
            }
        }
        long interval = schedule.getIntervalScheduleInfo().getIntervalInMillis();
        Date firstRun = schedule.getIntervalScheduleInfo().getFirstRunTime();
        if (first) {
            return firstRun == null ? after : firstRun;
        }
        return interval == 0 ? null : new Date(after.getTime() + interval);
    }

    private void fireDueJobs() {
        Date now = now();
        for (Job job : jobs.values()) {
            Date due = job.next;
            JobRunner runner = runners.get(job.getJobRunnerKey());
            if (due == null || due.after(now) || runner == null || !running.add(job.id)) {
                continue;
            }
            try {
                job.next = nextAfter(job.getSchedule(), job.getSchedule().getType() == Schedule.Type.CRON_EXPRESSION
                        ? now : due, false);
            } catch (SchedulerServiceException e) {
                job.next = null;
            }
            workers.execute(() -> run(job, runner, now));
        }
    }

    private void run(Job job, JobRunner runner, Date start) {
        try {
            JobRunnerResponse response = runner.runJob(new JobRunnerRequest() {
                @Override
                public Date getStartTime() {
                    return start;
                }

                @Override
                public JobId getJobId() {
                    return job.id;
                }

                @Override
                public JobConfig getJobConfig() {
                    return job.config;
                }

                @Override
                public boolean isCancellationRequested() {
                    return ticker.isShutdown();
                }
            });
            LOG.info("Job {} ran: {}", job.id, response == null ? "no response"
                    : response.getRunOutcome() + " " + response.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Job {} failed", job.id, e);
        } finally {
            running.remove(job.id);
            if (job.next == null) {
                jobs.remove(job.id, job);
            }
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        workers.shutdown();
    }
}
