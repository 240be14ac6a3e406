package io.usercleanup.core.service;

import io.usercleanup.core.directory.ApplicationInfo;
import io.usercleanup.core.directory.UserDirectory;
import io.usercleanup.core.model.AppSettings;
import io.usercleanup.core.model.CleanupAction;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.NeverLoggedInPolicy;
import io.usercleanup.core.model.ScheduleSpec;
import io.usercleanup.core.store.CleanupStore;
import io.usercleanup.core.store.DuplicateNameException;
import io.usercleanup.core.store.IdpStore;
import io.usercleanup.core.store.MissingIdpException;
import io.usercleanup.core.store.SettingsStore;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Manages cleanups: validated in full before anything is saved, and kept in step with the
 * scheduler through {@link CleanupScheduleListener}.
 */
public final class CleanupService {
    /** The most usernames one check may name (the form checks its exclusions in batches of this size). */
    public static final int MAX_USERNAME_CHECKS = 100;

    private final CleanupStore cleanups;
    private final IdpStore idps;
    private final UserDirectory directory;
    private final ScheduleCalculator schedules;
    private final CleanupScheduleListener listener;
    private final Clock clock;
    private final SettingsStore settings;

    /** With the default minimum interval between scheduled runs, for tests that do not change it. */
    public CleanupService(CleanupStore cleanups, IdpStore idps, UserDirectory directory, ScheduleCalculator schedules,
                          CleanupScheduleListener listener, Clock clock) {
        this(cleanups, idps, directory, schedules, listener, clock, null);
    }

    /**
     * @param settings where the minimum interval between scheduled runs is read, when a schedule is
     *                 checked; {@code null} for the default
     */
    public CleanupService(CleanupStore cleanups, IdpStore idps, UserDirectory directory, ScheduleCalculator schedules,
                          CleanupScheduleListener listener, Clock clock, SettingsStore settings) {
        this.cleanups = Objects.requireNonNull(cleanups, "cleanups");
        this.idps = Objects.requireNonNull(idps, "idps");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = settings;
    }

    public List<CleanupDefinition> list() {
        return cleanups.findAll();
    }

    public CleanupDefinition get(long id) {
        return cleanups.find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Saves a new cleanup, validated in full first.
     *
     * @param administrator who saves it: its scheduled runs make their changes as this administrator
     */
    public CleanupDefinition create(CleanupDraft draft, String administrator) {
        CleanupDefinition saved = save(() -> cleanups.create(validate(null, draft, administrator)));
        listener.cleanupSaved(saved);
        return saved;
    }

    /**
     * Replaces the cleanup, validated in full first.
     *
     * @param administrator who saves it: from now on its scheduled runs make their changes as this
     *                      administrator
     */
    public CleanupDefinition update(long id, CleanupDraft draft, String administrator) {
        get(id);
        CleanupDefinition saved = save(() -> cleanups.update(validate(id, draft, administrator)))
                .orElseThrow(() -> notFound(id));
        listener.cleanupSaved(saved);
        return saved;
    }

    /** Deletes the cleanup; its runs stay readable. */
    public void delete(long id) {
        if (!cleanups.delete(id)) {
            throw notFound(id);
        }
        listener.cleanupDeleted(id);
    }

    /** When the cleanup next runs by itself, or {@code null} without a schedule or when disabled. */
    public Instant nextRunAt(CleanupDefinition cleanup) {
        if (!cleanup.enabled() || cleanup.schedule() == null) {
            return null;
        }
        return schedules.nextRunAfter(cleanup.schedule(), clock.instant());
    }

    /**
     * The usernames among those given that are no user of the application, for the form to warn
     * of exclusions that exclude nobody before the cleanup is saved: each once, as given (after the
     * same normalising a saved exclusion gets), in the order given.
     *
     * @throws ValidationException (field {@code name}) without a name, with more than
     *                             {@value #MAX_USERNAME_CHECKS} names, or with one that could not be saved as an exclusion
     */
    public Set<String> unknownUsernames(List<String> usernames) {
        Validation v = new Validation();
        if (usernames.isEmpty()) {
            v.error("name", "Name at least one user: ?name=<username>, once per user.");
        } else if (usernames.size() > MAX_USERNAME_CHECKS) {
            v.error("name", "Given " + usernames.size() + " times; check at most " + MAX_USERNAME_CHECKS
                    + " usernames at once.");
        }
        List<String> names = usernames(v, "name", usernames);
        v.throwIfAny();
        return directory.unknownUsernames(names);
    }

    /**
     * The next {@code count} times a schedule fires, for showing before it is saved.
     *
     * @throws ValidationException when the schedule is invalid
     */
    public List<Instant> preview(String cron, String timeZone, int count) {
        Validation v = new Validation();
        ScheduleSpec spec = schedule(v, cron, timeZone);
        v.throwIfAny();
        List<Instant> times = new ArrayList<>();
        Instant after = clock.instant();
        for (int i = 0; i < count; i++) {
            after = schedules.nextRunAfter(spec, after);
            if (after == null) {
                break;
            }
            times.add(after);
        }
        return times;
    }

    /**
     * Runs a store save, turning what the store refuses at commit time (a name taken, or an
     * identity provider deleted, since validation) into the errors validation gives for them.
     */
    private static <T> T save(Supplier<T> save) {
        try {
            return save.get();
        } catch (DuplicateNameException e) {
            throw ValidationException.of("name", "Another cleanup is already called that (names are compared"
                    + " ignoring case).");
        } catch (MissingIdpException e) {
            throw ValidationException.of("idpId", "There is no identity provider " + e.idpId() + ".");
        }
    }

    private CleanupDefinition validate(Long id, CleanupDraft draft, String administrator) {
        Validation v = new Validation();
        String name = v.name("name", draft.name());
        if (name != null && !name.isBlank()) {
            cleanups.findByName(name).filter(other -> !other.id().equals(id)).ifPresent(other ->
                    v.error("name", "Another cleanup is already called '" + other.name() + "'."));
        }
        List<String> groups = GroupChecks.existing(v, directory, "groups", draft.groups());
        List<String> applications = applications(v, draft.applications());
        if (isEmpty(draft.groups()) && isEmpty(draft.applications())) {
            v.error("groups", "Pick at least one target group or application.");
        }
        v.days("inactiveDays", draft.inactiveDays());
        boolean includeNeverLoggedIn = Boolean.TRUE.equals(draft.neverLoggedInInclude());
        int createdMoreThanDays = 0;
        if (draft.neverLoggedInCreatedMoreThanDays() != null || includeNeverLoggedIn) {
            v.days("neverLoggedIn.createdMoreThanDays", draft.neverLoggedInCreatedMoreThanDays());
            createdMoreThanDays = draft.neverLoggedInCreatedMoreThanDays() == null
                    ? 0 : draft.neverLoggedInCreatedMoreThanDays();
        }
        List<String> excludeGroups = GroupChecks.existing(v, directory, "excludeGroups", draft.excludeGroups());
        List<String> excludeUsers = usernames(v, "excludeUsers", draft.excludeUsers());
        CleanupAction action = Enums.parse(v, "action", draft.action(), CleanupAction.class, null);
        if (draft.idpId() != null && idps.find(draft.idpId()).isEmpty()) {
            v.error("idpId", "There is no identity provider " + draft.idpId() + ".");
        }
        ScheduleSpec schedule = draft.scheduleCron() == null && draft.scheduleTimeZone() == null
                ? null : schedule(v, draft.scheduleCron(), draft.scheduleTimeZone());
        v.throwIfAny();
        return new CleanupDefinition(id, name, draft.enabled() == null || draft.enabled(), groups, applications,
                draft.inactiveDays(), new NeverLoggedInPolicy(includeNeverLoggedIn, createdMoreThanDays),
                excludeGroups, excludeUsers, action, draft.idpId(), schedule, administrator);
    }

    private List<String> applications(Validation v, List<String> keys) {
        if (isEmpty(keys)) {
            return List.of();
        }
        Map<String, ApplicationInfo> known = directory.applications().stream()
                .collect(Collectors.toMap(ApplicationInfo::key, Function.identity(), (a, b) -> a));
        List<String> unknown = keys.stream().filter(k -> k == null || !known.containsKey(k))
                .map(String::valueOf).collect(Collectors.toList());
        if (!unknown.isEmpty()) {
            v.error("applications", "There is no application " + unknown.stream().map(k -> "'" + k + "'")
                    .collect(Collectors.joining(", ")) + "; known: " + String.join(", ", known.keySet()) + ".");
        }
        return keys.stream().filter(known::containsKey).distinct().collect(Collectors.toList());
    }

    /** The usernames as stored, after recording against the field each that cannot be. */
    private static List<String> usernames(Validation v, String field, List<String> usernames) {
        if (usernames == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String username : usernames) {
            String stored = username == null ? "" : v.text(field, username, "A username");
            if (stored != null && stored.isEmpty()) {
                v.error(field, "A username is empty.");
            } else if (stored != null) {
                result.add(stored);
            }
        }
        return result;
    }

    /**
     * A schedule that is valid for the host's scheduler, fires at least once and never twice
     * within the minimum interval; {@code null} after recording why not.
     */
    private ScheduleSpec schedule(Validation v, String cron, String timeZone) {
        if (cron == null || cron.isBlank()) {
            v.error("schedule.cron", "A cron expression is required for a schedule.");
            return null;
        }
        String expression = v.text("schedule.cron", cron, "The cron expression");
        String zone = timeZone == null || timeZone.isBlank() ? "UTC"
                : v.text("schedule.timeZone", timeZone, "The time zone");
        if (expression == null || zone == null) {
            return null;
        }
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            v.error("schedule.timeZone", "'" + zone + "' is not a time zone id such as UTC or Europe/Oslo.");
            return null;
        }
        ScheduleSpec spec = new ScheduleSpec(expression, zone);
        String problem = schedules.problem(spec);
        if (problem != null) {
            v.error("schedule.cron", "'" + spec.cron() + "' is not a valid cron expression: " + problem);
            return null;
        }
        problem = ScheduleRules.problem(schedules, spec, clock.instant(), minimumInterval());
        if (problem != null) {
            v.error("schedule.cron", problem);
            return null;
        }
        return spec;
    }

    private Duration minimumInterval() {
        AppSettings current = settings == null ? AppSettings.DEFAULTS : settings.load();
        return Duration.ofMinutes(current.minimumScheduleIntervalMinutes());
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("There is no cleanup " + id);
    }
}
