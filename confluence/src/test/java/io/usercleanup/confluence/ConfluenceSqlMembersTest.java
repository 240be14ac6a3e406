package io.usercleanup.confluence;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.directory.DirectoryUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The SQL read of direct members on tables laid out as Confluence's ({@link ConfluenceTables}):
 * who counts as a direct member, what each user carries, and how the read steps aside for the
 * user API or stops when the database does not play along.
 */
class ConfluenceSqlMembersTest {
    private static final Instant CREATED = Instant.parse("2024-01-10T08:00:00Z");
    private static final Instant LOGIN = Instant.parse("2026-01-05T09:30:00.456Z");
    private static final List<String> GROUPS = List.of("confluence-users", "Writers");

    private final ConfluenceFixture confluence = new ConfluenceFixture();
    private ConfluenceTables tables;

    /**
     * Directory 1 comes before directory 2 in Confluence's order (the other application orders
     * them the other way round), directory 3 is inactive. The API's view (the mocks) has one user
     * only, "api-only", so that a test can tell which read answered.
     */
    @BeforeEach
    void tables() throws Exception {
        tables = new ConfluenceTables("confluence-sql-members")
                .directory(1, true, 0).directory(2, true, 1).directory(3, false, 2)
                .group(10, "confluence-users", 1).group(11, "confluence-users", 2).group(12, "nested", 1)
                .group(13, "writers", 1).group(14, "confluence-users", 3).group(15, "other", 1)
                .nested(1, 10, 12)
                // ann: two target groups, a login
                .user(100, "ann", true, CREATED, 1).member(2, 10, 100).member(3, 13, 100).member(4, 15, 100)
                .login(1, "ann", LOGIN)
                // bob: the second directory's group of the name, never logged in
                .user(101, "bob", true, CREATED, 2).member(5, 11, 101)
                // ANN in the second directory is shadowed by ann; her membership does not count
                .user(102, "ANN", true, CREATED, 2).member(6, 11, 102)
                // cy: only through the nested group
                .user(103, "cy", true, CREATED, 1).member(7, 12, 103)
                // dee: deactivated, still a member
                .user(104, "dee", false, CREATED, 1).member(8, 13, 104)
                // eve: in the inactive directory only
                .user(105, "eve", true, CREATED, 3).member(9, 14, 105)
                // fay: only in a group that is not a target
                .user(106, "fay", true, CREATED, 1).member(10, 15, 106);
        confluence.user("api-only");
        confluence.group("confluence-users", ConfluenceFixture.INTERNAL, "api-only");
        com.atlassian.user.Group writers = confluence.group("writers", ConfluenceFixture.INTERNAL);
        // Confluence finds a group ignoring case and names it as it is spelt.
        org.mockito.Mockito.when(confluence.userAccessor.getGroup("Writers")).thenReturn(writers);
    }

    private List<DirectoryUser> read(TransactionalExecutorFactory executors, int pageUsers) {
        List<DirectoryUser> users = new ArrayList<>();
        confluence.directory(executors, pageUsers).forEachDirectMember(GROUPS, users::add);
        return users;
    }

    @Test
    void directMembers_ofActiveDirectories_withTheirLastLogins_pageAfterPage() {
        assertThat(read(tables, 1)).containsExactly(
                new DirectoryUser("ann", "ann Name", "ann@example.com", 1, true, CREATED, LOGIN,
                        List.of("confluence-users", "writers")),
                new DirectoryUser("bob", "bob Name", "bob@example.com", 2, true, CREATED, null,
                        List.of("confluence-users")),
                new DirectoryUser("dee", "dee Name", "dee@example.com", 1, false, CREATED, null,
                        List.of("writers")));
        verify(confluence.userAccessor, never()).getMemberNames(any());
    }

    @Test
    void onePage_forAllUsers_readsTheSame() {
        assertThat(read(tables, 1000)).extracting(DirectoryUser::username).containsExactly("ann", "bob", "dee");
        // the group rows, the shared-usernames count and the one page (its end and its members)
        assertThat(tables.executions.get()).isEqualTo(3);
    }

    @Test
    void executorsThatAreNotImplemented_readThroughTheUserApi() {
        TransactionalExecutorFactory none = new TransactionalExecutorFactory() {
        };

        assertThat(read(none, 2)).extracting(DirectoryUser::username).containsExactly("api-only");
    }

    @Test
    void tablesThatAreNotThere_readThroughTheUserApi() {
        tables.schema("NO_SUCH_SCHEMA");

        assertThat(read(tables, 2)).extracting(DirectoryUser::username).containsExactly("api-only");
    }

    @Test
    void aGroupConfluenceKnowsButTheTablesDoNot_readsThroughTheUserApi() {
        confluence.group("drafts", ConfluenceFixture.INTERNAL, "api-only");
        List<DirectoryUser> users = new ArrayList<>();

        confluence.directory(tables, 2).forEachDirectMember(List.of("drafts"), users::add);

        assertThat(users).extracting(DirectoryUser::username).containsExactly("api-only");
    }

    @Test
    void failureBeforeTheFirstUser_readsThroughTheUserApi() {
        tables.failFrom(3);

        assertThat(read(tables, 2)).extracting(DirectoryUser::username).containsExactly("api-only");
    }

    @Test
    void failureAfterUsersWereHandedOut_stopsTheRead() {
        // one user id a page: the group rows, the count, then ann's page; the next page fails
        tables.failFrom(4);
        List<DirectoryUser> users = new ArrayList<>();

        assertThatThrownBy(() -> confluence.directory(tables, 1).forEachDirectMember(GROUPS, users::add))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessageContaining("Confluence's database failed while reading the members of groups"
                        + " [confluence-users, writers]")
                .hasMessageContaining("database went away");
        assertThat(users).extracting(DirectoryUser::username).containsExactly("ann");
    }

    @Test
    void withoutExecutors_readsThroughTheUserApiOnly() {
        ConfluenceUserDirectory directory = new ConfluenceUserDirectory(confluence.userAccessor,
                confluence.crowdService, confluence.directoryService, confluence.loginManager,
                confluence.spacePermissions, confluence.permissionManager, confluence.groupSearch, null);
        List<DirectoryUser> users = new ArrayList<>();

        directory.forEachDirectMember(GROUPS, users::add);

        assertThat(users).extracting(DirectoryUser::username).containsExactly("api-only");
    }

    @Test
    void whatTheCleanupThrows_passesUnchanged() {
        IllegalStateException own = new IllegalStateException("the run's store is full");

        assertThatThrownBy(() -> confluence.directory(tables, 1).forEachDirectMember(GROUPS, user -> {
            throw own;
        })).isSameAs(own);
    }
}
