package io.usercleanup.benchmark;

import com.atlassian.crowd.embedded.api.DirectoryType;
import io.usercleanup.devhost.jira.CrowdRowWriter;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * A generated Jira directory of any size, written straight into the Crowd tables with multi-row
 * inserts: a company syncing three quarters of its people from Microsoft Entra ID (a read-only
 * {@code AZURE_AD} directory) and keeping the rest, contractors and service accounts, in Jira's
 * internal directory. The same size and seed give the same directory.
 * <p>
 * Five licensing groups are targets: three synced from Entra ID and two local. About 30% of the
 * users are inactive at 90 days: most logged in long ago, some never logged in (with or without a
 * known creation date); about 2% are deactivated.
 */
final class BenchmarkDirectory {
    static final long INTERNAL = 1;
    static final long ENTRA = 10000;
    static final String SOFTWARE = "jira-software-users";
    static final String SERVICE_DESK = "jira-servicedesk-agents";
    static final String WORK_MANAGEMENT = "jira-work-management-users";
    static final String LOCAL = "jira-local-users";
    static final String CONTRACTORS = "jira-contractors";
    static final String SERVICE_ACCOUNTS = "service-accounts";
    /** The administrator the benchmark's runs are started by, and so make their changes as. */
    static final String ADMIN = "benchmark.admin";
    private static final String ADMINISTRATORS = "jira-administrators";
    /** The five target groups, the Entra ID ones first. */
    static final List<String> TARGET_GROUPS = List.of(SOFTWARE, SERVICE_DESK, WORK_MANAGEMENT, LOCAL, CONTRACTORS);
    private static final List<String> CROWD_TABLES = List.of("cwd_directory", "cwd_group", "cwd_user",
            "cwd_user_attributes", "cwd_membership", "confluence.logininfo");
    /** Commit every so many users, so that no transaction grows with the directory. */
    private static final int USERS_PER_TRANSACTION = 20_000;

    private static final String[] FIRST = {"anna", "ben", "chloe", "david", "emma", "felix", "grace", "hugo", "ines",
            "jonas", "karin", "liam", "maria", "noah", "olga", "paul", "rosa", "sven", "tara", "umar", "vera", "yuki",
            "zoë", "łukasz"};
    private static final String[] LAST = {"meyer", "smith", "garcia", "nakamura", "okafor", "rossi", "dubois",
            "novak", "silva", "khan", "larsen", "fernández", "müller", "o'brien", "kowalski", "ivanova"};

    /** What was written: Jira's login attributes, and Confluence's login records of the same logins. */
    record Summary(int users, int memberships, int attributes, int confluenceLogins, int targetMemberships) {
        /** Every row written. */
        int rows() {
            return users + memberships + attributes + confluenceLogins;
        }
    }

    private BenchmarkDirectory() {
    }

    /** Replaces the Crowd tables' contents with a directory of {@code users} users. */
    static Summary write(DataSource dataSource, int users, long seed, Instant now) throws SQLException {
        CrowdRowWriter.resetTables(dataSource);
        Random random = new Random(seed);
        int memberships = 0;
        int targetMemberships = 0;
        int attributes = 0;
        int confluenceLogins = 0;
        long membershipId = 1;
        long attributeId = 1;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CrowdRowWriter rows = new CrowdRowWriter(connection, now)
                    .directory(INTERNAL, "Jira Internal Directory", DirectoryType.INTERNAL, true, 0, false)
                    .directory(ENTRA, "Microsoft Entra ID", DirectoryType.AZURE_AD, true, 1, true);
            long groupId = 1;
            for (String group : List.of(SOFTWARE, SERVICE_DESK, WORK_MANAGEMENT)) {
                rows.group(groupId++, group, ENTRA);
            }
            for (String group : List.of(LOCAL, CONTRACTORS, SERVICE_ACCOUNTS, ADMINISTRATORS)) {
                rows.group(groupId++, group, INTERNAL);
            }
            rows.user(users + 1L, INTERNAL, ADMIN, true, now, "Benchmark Admin", "benchmark.admin@example.com");
            rows.membership(membershipId++, groupIdOf(ADMINISTRATORS), ADMINISTRATORS, users + 1L, ADMIN, false,
                    INTERNAL);
            for (int i = 1; i <= users; i++) {
                boolean internal = i % 4 == 0;
                long directory = internal ? INTERNAL : ENTRA;
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                String username = internal ? first + "." + last + "." + i + ".ext" : first + "." + last + "." + i;
                Activity activity = Activity.pick(random);
                Instant created = activity == Activity.NEVER_UNKNOWN_CREATION
                        ? null
                        : now.minus(Duration.ofDays(activity.createdDaysAgo(random)));
                boolean active = random.nextInt(100) >= 2;
                String email = random.nextInt(200) == 0 ? null : username + (internal ? "@partners.example.net" : "@example.com");
                rows.user(i, directory, username, active, created, capitalised(first) + " " + capitalised(last), email);
                Long lastLoginDaysAgo = activity.lastLoginDaysAgo(random);
                if (lastLoginDaysAgo != null) {
                    String millis = Long.toString(now.minus(Duration.ofDays(lastLoginDaysAgo))
                            .minusSeconds(random.nextInt(86_400)).toEpochMilli());
                    rows.attribute(attributeId++, i, directory, "login.lastLoginMillis", millis);
                    rows.attribute(attributeId++, i, directory, "login.count", Integer.toString(1 + random.nextInt(500)));
                    attributes += 2;
                    rows.confluenceLogin(i, username, Instant.ofEpochMilli(Long.parseLong(millis)));
                    confluenceLogins++;
                }
                for (String group : groupsOf(internal, random, i)) {
                    rows.membership(membershipId++, groupIdOf(group), group, i, username, false, directory);
                    memberships++;
                    if (TARGET_GROUPS.contains(group)) {
                        targetMemberships++;
                    }
                }
                if (i % USERS_PER_TRANSACTION == 0) {
                    rows.flush();
                    connection.commit();
                }
            }
            rows.flush();
            connection.commit();
            connection.setAutoCommit(true);
            analyze(connection);
        }
        return new Summary(users, memberships, attributes, confluenceLogins, targetMemberships);
    }

    /**
     * Gives the database the statistics (and on PostgreSQL the visibility map) a live Jira
     * database has: its planner picks plans by them, and freshly loaded tables have none.
     */
    private static void analyze(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        try (java.sql.Statement statement = connection.createStatement()) {
            if (product.contains("postgresql")) {
                for (String table : CROWD_TABLES) {
                    statement.execute("VACUUM ANALYZE " + table);
                }
            } else if (product.contains("mysql") || product.contains("mariadb")) {
                statement.execute("ANALYZE TABLE " + String.join(", ", CROWD_TABLES));
            } else {
                statement.execute("ANALYZE");
            }
        }
    }

    /**
     * Entra ID people: 80% in Jira Software, 13% service desk agents, 20% in Work Management, each
     * in at least one. Internal people: all local users, a third contractors too; one in five
     * thousand is a service account.
     */
    private static List<String> groupsOf(boolean internal, Random random, int i) {
        if (internal) {
            if (i % 5_000 == 0) {
                return List.of(LOCAL, SERVICE_ACCOUNTS);
            }
            return random.nextInt(3) == 0 ? List.of(LOCAL, CONTRACTORS) : List.of(LOCAL);
        }
        boolean software = random.nextInt(100) < 80;
        boolean serviceDesk = random.nextInt(100) < 13;
        boolean workManagement = random.nextInt(100) < 20;
        if (!software && !serviceDesk && !workManagement) {
            software = true;
        }
        List<String> groups = new java.util.ArrayList<>(3);
        if (software) {
            groups.add(SOFTWARE);
        }
        if (serviceDesk) {
            groups.add(SERVICE_DESK);
        }
        if (workManagement) {
            groups.add(WORK_MANAGEMENT);
        }
        return groups;
    }

    private static long groupIdOf(String group) {
        return switch (group) {
            case SOFTWARE -> 1;
            case SERVICE_DESK -> 2;
            case WORK_MANAGEMENT -> 3;
            case LOCAL -> 4;
            case CONTRACTORS -> 5;
            case SERVICE_ACCOUNTS -> 6;
            case ADMINISTRATORS -> 7;
            default -> throw new IllegalArgumentException(group);
        };
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** How a user uses Jira, with its share of users; about 30% are inactive at 90 days. */
    private enum Activity {
        ACTIVE(70),
        STALE(25),
        NEVER_LOGGED_IN(4),
        NEVER_UNKNOWN_CREATION(1);

        private final int percent;

        Activity(int percent) {
            this.percent = percent;
        }

        static Activity pick(Random random) {
            int roll = random.nextInt(100);
            for (Activity activity : values()) {
                roll -= activity.percent;
                if (roll < 0) {
                    return activity;
                }
            }
            return ACTIVE;
        }

        long createdDaysAgo(Random random) {
            return 200 + random.nextInt(1_500);
        }

        Long lastLoginDaysAgo(Random random) {
            return switch (this) {
                case ACTIVE -> (long) random.nextInt(60);
                case STALE -> 91L + random.nextInt(700);
                default -> null;
            };
        }
    }
}
