package io.usercleanup.devhost.jira;

import com.atlassian.crowd.embedded.api.DirectoryType;
import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.testsupport.ao.ConfiguredDatabase;
import org.junit.jupiter.params.provider.Arguments;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The directory on which the parity tests compare each adapter's two reads of group members
 * (through the product's user API, and with SQL on the product's tables): the cases where
 * Crowd's rules matter, a username in two directories, inactive directories and users, nested
 * groups, case differences, missing or malformed login records and creation dates. Logins are
 * written as Jira records them (attributes, one of them malformed) and as Confluence does
 * ({@code logininfo}), so that both products see the same last logins.
 */
public final class ParityDirectory {
    public static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    // Whole seconds: MySQL Connector/J drops fractions of a second when writing to MariaDB.
    public static final Instant CREATED = Instant.parse("2024-01-10T08:00:00Z");
    public static final Instant LOGIN = Instant.parse("2026-01-05T09:30:00.456Z");
    public static final List<String> GROUPS = List.of("jira-software-users", "JIRA-LOCAL-USERS", "mixed-case-group",
            "nested-parent");

    private ParityDirectory() {
    }

    /**
     * Each configured database (H2 as an in-memory database of that name, PostgreSQL and MariaDB
     * where {@link ConfiguredDatabase} names them), with and without usernames that two active
     * directories share.
     */
    public static Stream<Arguments> databases(String h2Database) {
        return ConfiguredDatabase.configured().stream()
                .map(d -> d.name().equals("H2")
                        ? new ConfiguredDatabase("H2", "jdbc:h2:mem:" + h2Database + ";DB_CLOSE_DELAY=-1", "sa", "")
                        : d)
                .flatMap(d -> Stream.of(Arguments.of(d, true), Arguments.of(d, false)));
    }

    /** What both reads must answer for {@link #GROUPS}, with or without the shared usernames. */
    public static List<DirectoryUser> directMembers() {
        return List.of(
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
     * Resets the tables and writes the directory. Directories in Crowd's order: an inactive one
     * first (it shadows nobody), the internal one, Entra ID, and an LDAP directory whose users are
     * shadowed by internal users of the same name (when {@code sharedUsernames}; without it those
     * LDAP users are left out, and the reads skip their check for them).
     */
    public static void write(DataSource dataSource, boolean sharedUsernames) throws Exception {
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
                    .confluenceLogin(300, "alice", LOGIN)
                    .membership(2, 100, "jira-software-users", 200, "alice", false, 10000)
                    .membership(3, 102, "Mixed-Case-Group", 200, "alice", false, 10000)
                    .membership(4, 107, "unrelated", 200, "alice", false, 10000)
                    // Bob: capitals, never logged in, creation unknown
                    .user(201, 1, "Bob", true, null, "Bob Local", "bob@example.com")
                    .membership(5, 101, "jira-local-users", 201, "Bob", false, 1)
                    // carol: deactivated, still a member
                    .user(202, 1, "carol", false, CREATED, "Carol Gone", "carol@example.com")
                    .attribute(301, 202, 1, "login.lastLoginMillis", login)
                    .confluenceLogin(301, "carol", LOGIN)
                    .membership(6, 101, "jira-local-users", 202, "carol", false, 1)
                    // dave: a member only as his shadowed LDAP self (below), so not a member
                    .user(203, 1, "dave", true, CREATED, "Dave Internal", "dave@example.com")
                    // erin: a member in both directories (below); the internal erin is the one Jira sees
                    .user(205, 1, "erin", true, CREATED, "Erin Internal", "erin@example.com")
                    .attribute(302, 205, 1, "login.lastLoginMillis", login)
                    .confluenceLogin(302, "erin", LOGIN)
                    .membership(8, 101, "jira-local-users", 205, "erin", false, 1)
                    // frank: only in the inactive directory
                    .user(207, 30000, "frank", true, CREATED, "Frank Old", "frank@example.com")
                    .membership(10, 106, "jira-software-users", 207, "frank", false, 30000)
                    // gina: in the inactive directory too, which shadows nobody
                    .user(208, 30000, "gina", true, CREATED, "Gina Old", "gina@example.com")
                    .user(209, 20000, "gina", true, CREATED, "Gina Ldap", "gina@example.org")
                    .attribute(303, 209, 20000, "login.lastLoginMillis", login)
                    .confluenceLogin(303, "gina", LOGIN)
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
                    .confluenceLogin(305, "kim", LOGIN)
                    .attribute(306, 213, 1, "login.count", "7")
                    .membership(15, 102, "Mixed-Case-Group", 213, "kim", false, 1)
                    .membership(16, 101, "jira-local-users", 213, "kim", false, 1)
                    // lisa: no display name, no email
                    .user(214, 10000, "lisa", true, CREATED, null, null)
                    .attribute(307, 214, 10000, "login.lastLoginMillis", login)
                    .confluenceLogin(307, "lisa", LOGIN)
                    .membership(17, 100, "jira-software-users", 214, "lisa", false, 10000)
                    // nora: in no target group
                    .user(215, 1, "nora", true, CREATED, "Nora Elsewhere", "nora@example.com")
                    .membership(18, 107, "unrelated", 215, "nora", false, 1)
                    // zoë: every target group, a name beyond ASCII
                    .user(216, 10000, "zoë", true, CREATED, "Zoë Ünicode", "zoe@example.com")
                    .attribute(308, 216, 10000, "login.lastLoginMillis", login)
                    .confluenceLogin(308, "zoë", LOGIN)
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
    }
}
