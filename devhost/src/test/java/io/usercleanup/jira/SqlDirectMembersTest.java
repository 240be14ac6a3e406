package io.usercleanup.jira;

import io.usercleanup.devhost.DevHostSalUserManager;
import com.atlassian.crowd.embedded.api.DirectoryType;
import com.atlassian.jira.database.ConnectionFunction;
import com.atlassian.jira.database.DatabaseAccessor;
import com.atlassian.jira.database.DatabaseVendor;
import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.devhost.jira.CrowdRowWriter;
import io.usercleanup.devhost.jira.DevHostJira;
import io.usercleanup.devhost.jira.UrlDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the adapter's SQL read of group members behaves when Jira's database does not play along:
 * before the first user it steps aside for Jira's user API, after it the run must stop, and what
 * the cleanup itself throws is never taken for a database failure.
 */
class SqlDirectMembersTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final List<String> GROUPS = List.of("jira-local-users");
    private static UrlDataSource dataSource;
    private static DevHostJira jira;

    @BeforeAll
    static void sevenMembers() throws Exception {
        dataSource = new UrlDataSource("jdbc:h2:mem:sql-direct-members;DB_CLOSE_DELAY=-1");
        CrowdRowWriter.resetTables(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            CrowdRowWriter rows = new CrowdRowWriter(connection, NOW)
                    .directory(1, "Jira Internal Directory", DirectoryType.INTERNAL, true, 0, false)
                    .group(1, "jira-local-users", 1);
            for (int i = 1; i <= 7; i++) {
                rows.user(i, 1, "user" + i, true, NOW, "User " + i, "user" + i + "@example.com")
                        .membership(i, 1, "jira-local-users", i, "user" + i, false, 1);
            }
            rows.flush();
        }
        jira = new DevHostJira(dataSource, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void readsEveryMemberOnce_pageAfterPage() {
        // given
        CountingAccessor database = new CountingAccessor(jira.databaseAccessor(), Integer.MAX_VALUE);
        List<DirectoryUser> users = new ArrayList<>();

        // when
        directory(database, 3).forEachDirectMember(GROUPS, users::add);

        // then: the group rows, the shared-usernames count, then three pages
        assertThat(users).extracting(DirectoryUser::username)
                .containsExactly("user1", "user2", "user3", "user4", "user5", "user6", "user7");
        assertThat(database.queries.get()).isEqualTo(5);
    }

    @Test
    void failureBeforeTheFirstUser_readsThroughJirasUserApiInstead() {
        // given: the first page fails
        CountingAccessor database = new CountingAccessor(jira.databaseAccessor(), 3);
        List<DirectoryUser> users = new ArrayList<>();

        // when
        directory(database, 3).forEachDirectMember(GROUPS, users::add);

        // then
        assertThat(users).hasSize(7);
        assertThat(database.queries.get()).isEqualTo(3);
    }

    @Test
    void accessorThatCannotEvenNameItsDatabase_readsThroughJirasUserApi() {
        // given
        DatabaseAccessor broken = new CountingAccessor(jira.databaseAccessor(), Integer.MAX_VALUE) {
            @Override
            public DatabaseVendor getDatabaseVendor() {
                throw new IllegalStateException("Unsupported database");
            }
        };
        List<DirectoryUser> users = new ArrayList<>();

        // when
        directory(broken, 3).forEachDirectMember(GROUPS, users::add);

        // then
        assertThat(users).hasSize(7);
    }

    @Test
    void groupJiraKnowsButTheTablesDoNot_readsThroughJirasUserApi() {
        // given: tables of another schema, in which the group is missing
        DatabaseAccessor elsewhere = new CountingAccessor(jira.databaseAccessor(), Integer.MAX_VALUE) {
            @Override
            public Optional<String> getSchemaName() {
                return Optional.of("INFORMATION_SCHEMA");
            }
        };
        List<DirectoryUser> users = new ArrayList<>();

        // when
        directory(elsewhere, 3).forEachDirectMember(GROUPS, users::add);

        // then
        assertThat(users).hasSize(7);
    }

    @Test
    void failureAfterUsersWereHandedOut_stopsTheRead() {
        // given: the second page fails
        CountingAccessor database = new CountingAccessor(jira.databaseAccessor(), 4);
        List<DirectoryUser> users = new ArrayList<>();

        // when / then
        assertThatThrownBy(() -> directory(database, 3).forEachDirectMember(GROUPS, users::add))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessageContaining("Jira's database failed while reading the members of groups [jira-local-users]")
                .hasMessageContaining("database went away");
        assertThat(users).extracting(DirectoryUser::username).containsExactly("user1", "user2", "user3");
    }

    @Test
    void whatTheCleanupThrows_passesUnchanged_andNothingIsReadAgain() {
        // given
        CountingAccessor database = new CountingAccessor(jira.databaseAccessor(), Integer.MAX_VALUE);
        IllegalStateException ownFailure = new IllegalStateException("the run's store is full");

        // when / then
        assertThatThrownBy(() -> directory(database, 3).forEachDirectMember(GROUPS, user -> {
            throw ownFailure;
        })).isSameAs(ownFailure);
        assertThat(database.queries.get()).isEqualTo(3);
    }

    @Test
    void pageSize_mustBePositive() {
        assertThatThrownBy(() -> new SqlDirectMembers(jira.databaseAccessor(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static JiraUserDirectory directory(DatabaseAccessor database, int pageUsers) {
        return new JiraUserDirectory(jira.crowdDirectoryService(), jira.crowdService(), jira.groupManager(),
                jira.userManager(), jira.userService(), jira.loginService(), jira.applicationRoleManager(),
                jira.authenticationContext(), DevHostSalUserManager.of(jira), new SqlDirectMembers(database, pageUsers));
    }

    /** Jira's accessor, counting queries and failing from the given one on (1 is the first). */
    private static class CountingAccessor implements DatabaseAccessor {
        final AtomicInteger queries = new AtomicInteger();
        private final DatabaseAccessor delegate;
        private final int failFrom;

        CountingAccessor(DatabaseAccessor delegate, int failFrom) {
            this.delegate = delegate;
            this.failFrom = failFrom;
        }

        @Override
        public DatabaseVendor getDatabaseVendor() {
            return delegate.getDatabaseVendor();
        }

        @Override
        public Optional<String> getSchemaName() {
            return delegate.getSchemaName();
        }

        @Override
        public <R> R executeQuery(ConnectionFunction<R> callback) {
            if (queries.incrementAndGet() >= failFrom) {
                throw new IllegalStateException("database went away");
            }
            return delegate.executeQuery(callback);
        }
    }
}
