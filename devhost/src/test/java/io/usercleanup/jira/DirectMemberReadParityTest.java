package io.usercleanup.jira;

import io.usercleanup.devhost.DevHostSalUserManager;
import com.atlassian.crowd.embedded.api.DirectoryType;
import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.devhost.jira.CrowdRowWriter;
import io.usercleanup.devhost.jira.DevHostJira;
import io.usercleanup.devhost.jira.UrlDataSource;
import io.usercleanup.testsupport.ao.ConfiguredDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two ways the adapter reads group members, Jira's user API user by user and SQL on Jira's
 * Crowd tables page by page, give the same users on the same database, including the cases
 * where Crowd's rules matter: a username in two directories, inactive directories and users,
 * nested groups, case differences, missing or malformed login attributes and creation dates.
 * Runs on H2, and on PostgreSQL and MariaDB when {@code USER_CLEANUP_TEST_POSTGRES_URL} /
 * {@code USER_CLEANUP_TEST_MARIADB_URL} name them.
 */
class DirectMemberReadParityTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    // Whole seconds: MySQL Connector/J drops fractions of a second when writing to MariaDB.
    private static final Instant CREATED = Instant.parse("2024-01-10T08:00:00Z");
    private static final Instant LOGIN = Instant.parse("2026-01-05T09:30:00.456Z");
    private static final List<String> GROUPS = List.of("jira-software-users", "JIRA-LOCAL-USERS", "mixed-case-group",
            "nested-parent");

    private static final List<UrlDataSource> OPENED = new ArrayList<>();

    /** Each database, with and without usernames that two active directories share. */
    static Stream<Arguments> databases() {
        return ConfiguredDatabase.configured().stream()
                .map(d -> d.name().equals("H2")
                        ? new ConfiguredDatabase("H2", "jdbc:h2:mem:direct-member-parity;DB_CLOSE_DELAY=-1", "sa", "")
                        : d)
                .flatMap(d -> Stream.of(Arguments.of(d, true), Arguments.of(d, false)));
    }

    @AfterAll
    static void close() {
        OPENED.forEach(UrlDataSource::close);
    }

    @ParameterizedTest(name = "{0}, shared usernames: {1}")
    @MethodSource("databases")
    void sqlPages_andUserApi_readTheSameUsers(ConfiguredDatabase database, boolean sharedUsernames) throws Exception {
        // given
        DevHostJira jira = seeded(database, sharedUsernames);
        JiraUserDirectory throughApi = new JiraUserDirectory(jira.crowdDirectoryService(), jira.crowdService(),
                jira.groupManager(), jira.userManager(), jira.userService(), jira.loginService(),
                jira.applicationRoleManager(), jira.authenticationContext(), DevHostSalUserManager.of(jira));
        // Two users a page: pages end everywhere, also between a user and its shadow.
        JiraUserDirectory throughSql = new JiraUserDirectory(jira.crowdDirectoryService(), jira.crowdService(),
                jira.groupManager(), jira.userManager(), jira.userService(), jira.loginService(),
                jira.applicationRoleManager(), jira.authenticationContext(), DevHostSalUserManager.of(jira),
                new SqlDirectMembers(jira.databaseAccessor(), 2));
        List<DirectoryUser> api = new ArrayList<>();
        List<DirectoryUser> sql = new ArrayList<>();

        // when
        throughApi.forEachDirectMember(GROUPS, api::add);
        throughSql.forEachDirectMember(GROUPS, sql::add);

        // then
        assertThat(sql).containsExactlyInAnyOrderElementsOf(api);
        assertThat(sql).containsExactlyInAnyOrder(
                new DirectoryUser("alice", "Alice Entra", "alice@example.com", 10000, true, CREATED, LOGIN,
                        List.of("jira-software-users", "Mixed-Case-Group")),
                new DirectoryUser("Bob", "Bob Local", "bob@example.com", 1, true, null, null,
                        List.of("jira-local-users")),
                new DirectoryUser("carol", "Carol Gone", "carol@example.com", 1, false, CREATED, LOGIN,
                        List.of("jira-local-users")),
                new DirectoryUser("erin", "Erin Internal", "erin@example.com", 1, true, CREATED, LOGIN,
                        List.of("jira-local-users")),
                new DirectoryUser("gina", "Gina Ldap", "gina@example.org", 20000, true, CREATED, LOGIN,
                        List.of("jira-local-users")),
                new DirectoryUser("ivy", "Ivy Direct", "ivy@example.com", 1, true, CREATED, null,
                        List.of("nested-parent")),
                new DirectoryUser("jack", "Jack Odd", "jack@example.com", 1, true, CREATED, null,
                        List.of("jira-local-users")),
                new DirectoryUser("kim", "Kim Spaces", "kim@example.com", 1, true, CREATED, LOGIN,
                        List.of("jira-local-users", "Mixed-Case-Group")),
                new DirectoryUser("lisa", null, null, 10000, true, CREATED, LOGIN, List.of("jira-software-users")),
                new DirectoryUser("zoë", "Zoë Ünicode", "zoe@example.com", 10000, true, CREATED, LOGIN,
                        List.of("jira-software-users", "jira-local-users", "Mixed-Case-Group", "nested-parent")));
    }

    /**
     * Directories in Crowd's order: an inactive one first (it shadows nobody), the internal one,
     * Entra ID, and an LDAP directory whose users are shadowed by internal users of the same name
     * (when {@code sharedUsernames}; without it those LDAP users are left out, and the read skips
     * its check for them).
     */
    private static DevHostJira seeded(ConfiguredDatabase database, boolean sharedUsernames) throws Exception {
        UrlDataSource dataSource = new UrlDataSource(database.url());
        OPENED.add(dataSource);
        CrowdRowWriter.resetTables(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            String login = Long.toString(LOGIN.toEpochMilli());
            CrowdRowWriter rows = new CrowdRowWriter(connection, NOW)
                    .directory(30000, "Old LDAP", DirectoryType.CONNECTOR, false, 0, true)
                    .directory(1, "Jira Internal Directory", DirectoryType.INTERNAL, true, 1, false)
                    .directory(10000, "Microsoft Entra ID", DirectoryType.AZURE_AD, true, 2, true)
                    .directory(20000, "Corporate LDAP", DirectoryType.CONNECTOR, true, 3, true)
                    .group(100, "jira-software-users", 10000)
                    .group(101, "jira-local-users", 1)
                    .group(102, "Mixed-Case-Group", 1)
                    .group(103, "jira-local-users", 20000)
                    .group(104, "nested-parent", 1)
                    .group(105, "nested-child", 1)
                    .group(106, "jira-software-users", 30000)
                    .group(107, "unrelated", 1)
                    .membership(1, 104, "nested-parent", 105, "nested-child", true, 1)
                    // alice: two target groups, in two directories' groups
                    .user(200, 10000, "alice", true, CREATED, "Alice Entra", "alice@example.com")
                    .attribute(300, 200, 10000, "login.lastLoginMillis", login)
                    .membership(2, 100, "jira-software-users", 200, "alice", false, 10000)
                    .membership(3, 102, "Mixed-Case-Group", 200, "alice", false, 10000)
                    .membership(4, 107, "unrelated", 200, "alice", false, 10000)
                    // Bob: capitals, never logged in, creation unknown
                    .user(201, 1, "Bob", true, null, "Bob Local", "bob@example.com")
                    .membership(5, 101, "jira-local-users", 201, "Bob", false, 1)
                    // carol: deactivated, still a member
                    .user(202, 1, "carol", false, CREATED, "Carol Gone", "carol@example.com")
                    .attribute(301, 202, 1, "login.lastLoginMillis", login)
                    .membership(6, 101, "jira-local-users", 202, "carol", false, 1)
                    // dave: a member only as his shadowed LDAP self (below), so not a member
                    .user(203, 1, "dave", true, CREATED, "Dave Internal", "dave@example.com")
                    // erin: a member in both directories (below); the internal erin is the one Jira sees
                    .user(205, 1, "erin", true, CREATED, "Erin Internal", "erin@example.com")
                    .attribute(302, 205, 1, "login.lastLoginMillis", login)
                    .membership(8, 101, "jira-local-users", 205, "erin", false, 1)
                    // frank: only in the inactive directory
                    .user(207, 30000, "frank", true, CREATED, "Frank Old", "frank@example.com")
                    .membership(10, 106, "jira-software-users", 207, "frank", false, 30000)
                    // gina: in the inactive directory too, which shadows nobody
                    .user(208, 30000, "gina", true, CREATED, "Gina Old", "gina@example.com")
                    .user(209, 20000, "gina", true, CREATED, "Gina Ldap", "gina@example.org")
                    .attribute(303, 209, 20000, "login.lastLoginMillis", login)
                    .membership(11, 103, "jira-local-users", 209, "gina", false, 20000)
                    // henry: only through a nested group, so not a direct member; ivy directly
                    .user(210, 1, "henry", true, CREATED, "Henry Nested", "henry@example.com")
                    .membership(12, 105, "nested-child", 210, "henry", false, 1)
                    .user(211, 1, "ivy", true, CREATED, "Ivy Direct", "ivy@example.com")
                    .membership(13, 104, "nested-parent", 211, "ivy", false, 1)
                    // jack: a login attribute that is not a number counts as none
                    .user(212, 1, "jack", true, CREATED, "Jack Odd", "jack@example.com")
                    .attribute(304, 212, 1, "login.lastLoginMillis", "yesterday")
                    .membership(14, 101, "jira-local-users", 212, "jack", false, 1)
                    // kim: a login attribute with spaces around the number
                    .user(213, 1, "kim", true, CREATED, "Kim Spaces", "kim@example.com")
                    .attribute(305, 213, 1, "login.lastLoginMillis", " " + login + " ")
                    .attribute(306, 213, 1, "login.count", "7")
                    .membership(15, 102, "Mixed-Case-Group", 213, "kim", false, 1)
                    .membership(16, 101, "jira-local-users", 213, "kim", false, 1)
                    // lisa: no display name, no email
                    .user(214, 10000, "lisa", true, CREATED, null, null)
                    .attribute(307, 214, 10000, "login.lastLoginMillis", login)
                    .membership(17, 100, "jira-software-users", 214, "lisa", false, 10000)
                    // nora: in no target group
                    .user(215, 1, "nora", true, CREATED, "Nora Elsewhere", "nora@example.com")
                    .membership(18, 107, "unrelated", 215, "nora", false, 1)
                    // zoë: every target group, a name beyond ASCII
                    .user(216, 10000, "zoë", true, CREATED, "Zoë Ünicode", "zoe@example.com")
                    .attribute(308, 216, 10000, "login.lastLoginMillis", login)
                    .membership(19, 104, "nested-parent", 216, "zoë", false, 10000)
                    .membership(20, 102, "Mixed-Case-Group", 216, "zoë", false, 10000)
                    .membership(21, 101, "jira-local-users", 216, "zoë", false, 10000)
                    .membership(22, 100, "jira-software-users", 216, "zoë", false, 10000);
            if (sharedUsernames) {
                rows.user(204, 20000, "DAVE", true, CREATED, "Dave Ldap", "dave@example.org")
                        .membership(7, 103, "jira-local-users", 204, "DAVE", false, 20000)
                        .user(206, 20000, "Erin", true, null, "Erin Ldap", "erin@example.org")
                        .membership(9, 103, "jira-local-users", 206, "Erin", false, 20000);
            }
            rows.flush();
            connection.commit();
        }
        return new DevHostJira(dataSource, Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
