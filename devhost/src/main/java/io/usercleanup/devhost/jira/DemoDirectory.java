package io.usercleanup.devhost.jira;

import com.atlassian.crowd.embedded.api.DirectoryType;
import io.usercleanup.devhost.jira.DirectoryFixture.ApplicationEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.DirectoryEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.GroupEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.ProjectEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.UserEntry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * The built-in demo directory: about 2,000 users spread the way a company that syncs most of its
 * people from Microsoft Entra ID looks, generated from a fixed seed, so the same {@code now} always
 * gives the same directory. All dates are relative to {@code now}.
 * <ul>
 *   <li>Directories: the internal one (id 1, writable), Microsoft Entra ID (id 10000, read-only),
 *       a read-only corporate LDAP (id 10100, a {@code CONNECTOR}).</li>
 *   <li>Licensing groups: {@code jira-software-users} and {@code jira-servicedesk-agents} (Entra),
 *       {@code jira-local-users} (internal, contractors and service accounts),
 *       {@code ldap-jira-users} (LDAP). Jira Software grants access through the first, third and
 *       fourth, Jira Service Management through the agents' group.</li>
 *   <li>Service accounts in {@code service-accounts}, which nests {@code robots}; all are
 *       licensed through {@code jira-local-users}, and most look inactive.</li>
 *   <li>People: about half active in the last 59 days, some between 60 and 89 days, about a
 *       quarter stale (91 to 699 days), some never logged in (created recently, long ago, or at
 *       an unknown time outside the internal directory), some deactivated; a few with no email
 *       address or a malformed one, a few with upper-case email addresses.</li>
 *   <li>Projects (a fixture extension) led by a stale contractor and a stale Entra user, whom Jira
 *       will not deactivate, and by an active one.</li>
 * </ul>
 */
public final class DemoDirectory {
    /** How messages about the demo directory name it. */
    public static final String SOURCE = "built-in demo directory";

    public static final long INTERNAL_DIRECTORY = 1L;
    public static final long ENTRA_DIRECTORY = 10000L;
    public static final long LDAP_DIRECTORY = 10100L;

    public static final String SOFTWARE_USERS = "jira-software-users";
    public static final String SERVICEDESK_AGENTS = "jira-servicedesk-agents";
    public static final String LOCAL_USERS = "jira-local-users";
    public static final String LDAP_USERS = "ldap-jira-users";
    public static final String SERVICE_ACCOUNTS = DemoServiceAccounts.SERVICE_ACCOUNTS;
    public static final String ROBOTS = DemoServiceAccounts.ROBOTS;

    static final int ENTRA_PEOPLE = 1400;
    static final int ENTRA_AGENTS_ONLY = 40;
    static final int CONTRACTORS = 320;
    static final int LDAP_PEOPLE = 260;

    private static final long SEED = 20250601L;
    private static final int SECONDS_PER_DAY = 86_400;

    /** How a demo person has used Jira; the weights (out of 100) give the directory's spread. */
    enum Activity {
        ACTIVE(52), RECENT(6), STALE(26), NEVER_NEW(2), NEVER_OLD(6), NEVER_UNKNOWN_CREATED(3), DEACTIVATED(5);

        private final int weight;

        Activity(int weight) {
            this.weight = weight;
        }
    }

    private final Random random = new Random(SEED);
    private final DemoNames names = new DemoNames(random);
    private final Instant now;
    private final List<UserEntry> users = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();

    private DemoDirectory(Instant now) {
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The demo directory as of {@code now}. */
    public static DirectoryFixture generate(Instant now) {
        return new DemoDirectory(now).build();
    }

    /** The demo directory as fixture JSON, exactly what the dev host loads when given no fixture. */
    public static String json(Instant now) {
        return FixtureJson.write(generate(now));
    }

    /**
     * Writes the demo directory's JSON for the instant given as the first argument (the current
     * one when there is none) to the file named by the second argument (standard output when
     * there is none), so that it can be edited and loaded as a fixture of its own.
     */
    public static void main(String[] args) throws IOException {
        Instant now = args.length > 0 ? Instant.parse(args[0]) : Instant.now();
        String json = json(now);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), json, StandardCharsets.UTF_8);
        } else {
            System.out.print(json);
        }
    }

    private DirectoryFixture build() {
        List<DirectoryEntry> directories = List.of(
                new DirectoryEntry(INTERNAL_DIRECTORY, "Jira Internal Directory", DirectoryType.INTERNAL, false),
                new DirectoryEntry(ENTRA_DIRECTORY, "Microsoft Entra ID", DirectoryType.AZURE_AD, true),
                new DirectoryEntry(LDAP_DIRECTORY, "Corporate LDAP", DirectoryType.CONNECTOR, true));
        List<GroupEntry> groups = List.of(
                new GroupEntry(SOFTWARE_USERS, ENTRA_DIRECTORY, List.of()),
                new GroupEntry(SERVICEDESK_AGENTS, ENTRA_DIRECTORY, List.of()),
                new GroupEntry(LOCAL_USERS, INTERNAL_DIRECTORY, List.of()),
                new GroupEntry(SERVICE_ACCOUNTS, INTERNAL_DIRECTORY, List.of(ROBOTS)),
                new GroupEntry(ROBOTS, INTERNAL_DIRECTORY, List.of()),
                new GroupEntry(LDAP_USERS, LDAP_DIRECTORY, List.of()));
        List<ApplicationEntry> applications = List.of(
                new ApplicationEntry("jira-software", "Jira Software", List.of(SOFTWARE_USERS, LOCAL_USERS, LDAP_USERS)),
                new ApplicationEntry("jira-servicemanagement", "Jira Service Management", List.of(SERVICEDESK_AGENTS)));

        for (int i = 0; i < ENTRA_PEOPLE; i++) {
            String[] name = names.next();
            String username = names.dotted(name);
            List<String> memberOf = random.nextInt(100) < 18
                    ? List.of(SOFTWARE_USERS, SERVICEDESK_AGENTS)
                    : List.of(SOFTWARE_USERS);
            person(ENTRA_DIRECTORY, username, name, username, "example.com", memberOf, false);
        }
        for (int i = 0; i < ENTRA_AGENTS_ONLY; i++) {
            String[] name = names.next();
            String username = names.dotted(name);
            person(ENTRA_DIRECTORY, username, name, username, "example.com", List.of(SERVICEDESK_AGENTS), false);
        }
        for (int i = 0; i < CONTRACTORS; i++) {
            String[] name = names.next();
            String username = names.external(name);
            String local = username.substring(0, username.length() - ".ext".length());
            person(INTERNAL_DIRECTORY, username, name, local, "partners.example.net", List.of(LOCAL_USERS), true);
        }
        users.addAll(DemoServiceAccounts.accounts(now, names));
        for (int i = 0; i < LDAP_PEOPLE; i++) {
            String[] name = names.next();
            String username = names.initialAndLast(name);
            person(LDAP_DIRECTORY, username, name, username, "example.org", List.of(LDAP_USERS), false);
        }
        return new DirectoryFixture(directories, groups, applications, users, projects());
    }

    private void person(long directoryId, String username, String[] name, String emailLocal, String domain,
                        List<String> memberOf, boolean createdAlwaysKnown) {
        Activity activity = activity(createdAlwaysKnown);
        Instant lastLogin = null;
        Instant created = null;
        boolean active = true;
        switch (activity) {
            case ACTIVE -> lastLogin = daysAgo(0, 58);
            case RECENT -> lastLogin = daysAgo(60, 88);
            case STALE -> lastLogin = daysAgo(91, 699);
            case NEVER_NEW -> created = daysAgo(1, 28);
            case NEVER_OLD -> created = daysAgo(31, 900);
            case NEVER_UNKNOWN_CREATED -> created = null;
            case DEACTIVATED -> {
                active = false;
                lastLogin = random.nextBoolean() ? daysAgo(100, 900) : null;
            }
        }
        if (lastLogin != null) {
            created = lastLogin.minusSeconds(SECONDS_PER_DAY + (long) random.nextInt(1200 * SECONDS_PER_DAY));
        } else if (created == null && activity == Activity.DEACTIVATED) {
            created = daysAgo(200, 1500);
        }
        UserEntry user = new UserEntry(username, name[0] + " " + name[1], email(emailLocal, domain), directoryId,
                active, created, lastLogin, memberOf, null);
        users.add(user);
        people.add(new Person(user, activity));
    }

    private Activity activity(boolean createdAlwaysKnown) {
        int roll = random.nextInt(100);
        for (Activity activity : Activity.values()) {
            roll -= activity.weight;
            if (roll < 0) {
                // The internal directory records every user's creation.
                return createdAlwaysKnown && activity == Activity.NEVER_UNKNOWN_CREATED ? Activity.NEVER_OLD : activity;
            }
        }
        return Activity.ACTIVE;
    }

    /** About 1% without an email address, 1% with a malformed one, 2% in upper case. */
    private String email(String local, String domain) {
        int roll = random.nextInt(1000);
        if (roll < 10) {
            return null;
        }
        if (roll < 20) {
            return switch (roll % 3) {
                case 0 -> local;
                case 1 -> local + "@@" + domain;
                default -> local + " at " + domain;
            };
        }
        if (roll < 40) {
            return (local + "@" + domain).toUpperCase(Locale.ROOT);
        }
        return local + "@" + domain;
    }

    /** A random moment between {@code minDays} and {@code maxDays} (plus up to a day) before now. */
    private Instant daysAgo(int minDays, int maxDays) {
        long days = minDays + random.nextInt(maxDays - minDays + 1);
        return now.minusSeconds(days * SECONDS_PER_DAY + random.nextInt(SECONDS_PER_DAY));
    }

    private List<ProjectEntry> projects() {
        List<ProjectEntry> projects = new ArrayList<>();
        firstPerson(INTERNAL_DIRECTORY, Activity.STALE)
                .ifPresent(lead -> projects.add(new ProjectEntry("OPS", "Operations", lead)));
        firstPerson(ENTRA_DIRECTORY, Activity.STALE)
                .ifPresent(lead -> projects.add(new ProjectEntry("HR", "People Team", lead)));
        firstPerson(ENTRA_DIRECTORY, Activity.ACTIVE)
                .ifPresent(lead -> projects.add(new ProjectEntry("WEB", "Website", lead)));
        return projects;
    }

    private Optional<String> firstPerson(long directoryId, Activity activity) {
        return people.stream()
                .filter(p -> p.user().directoryId() == directoryId && p.activity() == activity)
                .map(p -> p.user().username())
                .findFirst();
    }

    /** A generated person and how they were generated. */
    private record Person(UserEntry user, Activity activity) {
    }
}
