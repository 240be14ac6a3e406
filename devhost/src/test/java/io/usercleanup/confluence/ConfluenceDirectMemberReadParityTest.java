package io.usercleanup.confluence;

import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.devhost.DevHostProduct;
import io.usercleanup.devhost.DevHostSalUserManager;
import io.usercleanup.devhost.jira.DevHostConfluence;
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
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two ways the Confluence adapter reads group members, Confluence's user API user by user
 * (its member names include nested groups' members, which Crowd's directness check leaves out)
 * and SQL on Confluence's tables page by page, give the same users on the same database: the
 * directory of the Jira adapter's parity test ({@link ParityDirectory}), where Crowd's rules
 * matter. Runs on H2, and on PostgreSQL and MariaDB when {@code USER_CLEANUP_TEST_POSTGRES_URL} /
 * {@code USER_CLEANUP_TEST_MARIADB_URL} name them.
 */
class ConfluenceDirectMemberReadParityTest {
    private static final List<UrlDataSource> OPENED = new ArrayList<>();

    /** Each database, with and without usernames that two active directories share. */
    static Stream<Arguments> databases() {
        return ParityDirectory.databases("confluence-member-parity");
    }

    @AfterAll
    static void close() {
        OPENED.forEach(UrlDataSource::close);
    }

    @ParameterizedTest(name = "{0}, shared usernames: {1}")
    @MethodSource("databases")
    void sqlPages_andUserApi_readTheSameUsers(ConfiguredDatabase database, boolean sharedUsernames) throws Exception {
        // given
        DevHostJira host = seeded(database, sharedUsernames);
        // Two users a page: pages end everywhere, also between a user and its shadow.
        List<DirectoryUser> api = read(host, null);
        List<DirectoryUser> sql = read(host, new SqlDirectMembers(host.confluence().transactionalExecutorFactory(), 2));

        // then
        assertThat(sql).containsExactlyInAnyOrderElementsOf(api);
        assertThat(sql).containsExactlyInAnyOrderElementsOf(ParityDirectory.directMembers());
    }

    @ParameterizedTest(name = "{0}, shared usernames: {1}")
    @MethodSource("databases")
    void confluencesMemberNames_includeNestedGroupsMembers(ConfiguredDatabase database, boolean sharedUsernames)
            throws Exception {
        DevHostConfluence confluence = seeded(database, sharedUsernames).confluence();

        // henry is a member of nested-child only, which is nested in nested-parent
        List<String> names = new ArrayList<>();
        confluence.userAccessor().getMemberNames(confluence.userAccessor().getGroup("nested-parent")).forEach(names::add);
        assertThat(names).containsExactlyInAnyOrder("henry", "ivy", "zoë");
    }

    private static List<DirectoryUser> read(DevHostJira host, SqlDirectMembers sqlMembers) {
        DevHostConfluence confluence = host.confluence();
        ConfluenceUserDirectory directory = new ConfluenceUserDirectory(confluence.userAccessor(), host.crowdService(),
                host.crowdDirectoryService(), confluence.loginManager(), confluence.spacePermissionManager(),
                confluence.permissionManager(), DevHostSalUserManager.of(host),
                Optional.of(DeactivationMethod.DEACTIVATE_USER), sqlMembers);
        List<DirectoryUser> users = new ArrayList<>();
        directory.forEachDirectMember(ParityDirectory.GROUPS, users::add);
        return users;
    }

    private static DevHostJira seeded(ConfiguredDatabase database, boolean sharedUsernames) throws Exception {
        UrlDataSource dataSource = new UrlDataSource(database.url());
        OPENED.add(dataSource);
        ParityDirectory.write(dataSource, sharedUsernames);
        return new DevHostJira(dataSource, Clock.fixed(ParityDirectory.NOW, ZoneOffset.UTC), DevHostProduct.CONFLUENCE);
    }
}
