package io.usercleanup.jira;

import io.usercleanup.devhost.DevHostSalUserManager;
import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.devhost.jira.DevHostJira;
import io.usercleanup.devhost.jira.ParityDirectory;
import io.usercleanup.devhost.jira.UrlDataSource;
import io.usercleanup.testsupport.ao.ConfiguredDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
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
    private static final List<UrlDataSource> OPENED = new ArrayList<>();

    /** Each database, with and without usernames that two active directories share. */
    static Stream<Arguments> databases() {
        return ParityDirectory.databases("direct-member-parity");
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
        throughApi.forEachDirectMember(ParityDirectory.GROUPS, api::add);
        throughSql.forEachDirectMember(ParityDirectory.GROUPS, sql::add);

        // then
        assertThat(sql).containsExactlyInAnyOrderElementsOf(api);
        assertThat(sql).containsExactlyInAnyOrderElementsOf(ParityDirectory.directMembers());
    }

    /** The parity directory ({@link ParityDirectory}) on the database. */
    private static DevHostJira seeded(ConfiguredDatabase database, boolean sharedUsernames) throws Exception {
        UrlDataSource dataSource = new UrlDataSource(database.url());
        OPENED.add(dataSource);
        ParityDirectory.write(dataSource, sharedUsernames);
        return new DevHostJira(dataSource, Clock.fixed(ParityDirectory.NOW, ZoneOffset.UTC));
    }
}
