package io.usercleanup.confluence;

import com.atlassian.user.Group;
import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.directory.DirectoryUser;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The members of the target groups and of the exclusion groups. */
class ConfluenceUserDirectoryMembersTest {
    private static final Instant CREATED = Instant.parse("2023-05-01T08:00:00Z");
    private static final Instant LOGIN = Instant.parse("2025-01-15T10:00:00Z");
    private final ConfluenceFixture confluence = new ConfluenceFixture();

    private List<DirectoryUser> members(String... groups) {
        List<DirectoryUser> users = new ArrayList<>();
        confluence.directory().forEachDirectMember(List.of(groups), users::add);
        return users;
    }

    @Test
    void forEachDirectMember_handsOutEachUserOnce_withTheirMembershipsAmongTheGroups() {
        confluence.user("ann", ConfluenceFixture.INTERNAL, CREATED, LOGIN);
        confluence.user("bob", ConfluenceFixture.LDAP, null, null);
        confluence.user("cy", ConfluenceFixture.INTERNAL, CREATED, null);
        confluence.group("confluence-users", ConfluenceFixture.INTERNAL, "ann", "bob", "cy");
        confluence.group("writers", ConfluenceFixture.INTERNAL, "Ann");

        assertThat(members("confluence-users", "writers", "Writers")).containsExactly(
                new DirectoryUser("ann", "ann Name", "ann@example.com", 1, true, CREATED, LOGIN,
                        List.of("confluence-users", "writers")),
                new DirectoryUser("bob", "bob Name", "bob@example.com", 20000, true, null, null,
                        List.of("confluence-users")),
                new DirectoryUser("cy", "cy Name", "cy@example.com", 1, true, CREATED, null,
                        List.of("confluence-users")));
    }

    @Test
    void forEachDirectMember_readsThePagerPageByPage_andReadsAllGroupsBeforeTheFirstUser() {
        confluence.user("ann");
        confluence.user("bob");
        confluence.user("cy");
        Group group = confluence.group("confluence-users", ConfluenceFixture.INTERNAL, "ann", "bob", "cy");
        ListPager pager = new ListPager(List.of("ann", "bob", "cy"), 2);
        when(confluence.userAccessor.getMemberNames(group)).thenReturn(pager);
        List<Integer> pagesWhenHandedOut = new ArrayList<>();

        confluence.directory().forEachDirectMember(List.of("confluence-users"), u -> pagesWhenHandedOut.add(pager.pagesLoaded));

        assertThat(pagesWhenHandedOut).containsExactly(2, 2, 2);
    }

    @Test
    void forEachDirectMember_deactivatedUsers_areHandedOutInactive_andTheFullNameMayBeMissing() {
        when(confluence.userAccessor.isDeactivated(confluence.user("ann"))).thenReturn(true);
        when(confluence.userAccessor.getUserByName("ann").getFullName()).thenReturn(null);
        confluence.group("confluence-users", ConfluenceFixture.INTERNAL, "ann");

        DirectoryUser ann = members("confluence-users").get(0);
        assertThat(ann.active()).isFalse();
        assertThat(ann.displayName()).isEqualTo("ann");
    }

    @Test
    void forEachDirectMember_withoutLoginRecord_hasNoLastLogin() {
        confluence.user("ann");
        when(confluence.loginManager.getLoginInfo("ann")).thenReturn(null);
        confluence.group("confluence-users", ConfluenceFixture.INTERNAL, "ann");

        assertThat(members("confluence-users")).containsExactly(new DirectoryUser("ann", "ann Name",
                "ann@example.com", 1, true, CREATED, null, List.of("confluence-users")));
    }

    @Test
    void forEachDirectMember_aUserCrowdDoesNotHold_isNoDirectMember() {
        confluence.user("ann");
        when(confluence.crowdService.getUser("ann")).thenReturn(null);
        confluence.group("confluence-users", ConfluenceFixture.INTERNAL, "ann");

        assertThat(members("confluence-users")).isEmpty();
    }

    @Test
    void forEachDirectMember_membersOfNestedGroups_thatConfluenceListsToo_areLeftOut() {
        confluence.user("ann");
        confluence.user("bob");
        confluence.user("cy");
        confluence.groupWithNested("confluence-users", List.of("ann"), List.of("bob", "cy"));
        confluence.groupWithNested("writers", List.of("bob"), List.of("ann"));

        assertThat(members("confluence-users", "writers")).containsExactly(
                new DirectoryUser("ann", "ann Name", "ann@example.com", 1, true, CREATED, LOGIN,
                        List.of("confluence-users")),
                new DirectoryUser("bob", "bob Name", "bob@example.com", 1, true, CREATED, LOGIN,
                        List.of("writers")));
    }

    @Test
    void forEachDirectMember_whenCrowdCannotTellDirectness_stopsTheRead() {
        confluence.user("ann");
        Group group = confluence.group("confluence-users", ConfluenceFixture.INTERNAL, "ann");
        when(confluence.crowdService.isUserDirectGroupMember(org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any())).thenThrow(new IllegalStateException("crowd down"));

        assertThatThrownBy(() -> members(group.getName()))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Confluence failed while reading whether user 'ann' is a direct member of group"
                        + " 'confluence-users': crowd down");
    }

    @Test
    void forEachDirectMember_crowdUserWithoutTimestamps_hasAnUnknownCreationDate() {
        confluence.user("ann");
        com.atlassian.crowd.embedded.api.User plain = mock(com.atlassian.crowd.embedded.api.User.class);
        when(plain.getDirectoryId()).thenReturn(7L);
        when(confluence.crowdService.getUser("ann")).thenReturn(plain);
        confluence.group("confluence-users", ConfluenceFixture.INTERNAL, "ann");

        DirectoryUser ann = members("confluence-users").get(0);
        assertThat(ann.directoryId()).isEqualTo(7);
        assertThat(ann.created()).isNull();
    }

    @Test
    void forEachDirectMember_skipsANameWhoseUserIsGone_andBlankNames() {
        confluence.user("ann");
        confluence.group("confluence-users", ConfluenceFixture.INTERNAL, "ghost", "ann", " ");

        assertThat(members("confluence-users")).extracting(DirectoryUser::username).containsExactly("ann");
    }

    @Test
    void forEachDirectMember_aMissingGroup_stopsTheRead() {
        assertThatThrownBy(() -> members("gone"))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("The group 'gone' does not exist in Confluence");
    }

    @Test
    void forEachDirectMember_membersThatCannotBeRead_stopTheRead() {
        Group group = confluence.group("confluence-users", ConfluenceFixture.INTERNAL);
        when(confluence.userAccessor.getMemberNames(group)).thenReturn(null);
        assertThatThrownBy(() -> members("confluence-users"))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Confluence could not read the members of group 'confluence-users' (see Confluence's log)");

        when(confluence.userAccessor.getMemberNames(group)).thenThrow(new IllegalStateException("ldap down"));
        assertThatThrownBy(() -> members("confluence-users"))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Confluence failed while reading the members of group 'confluence-users': ldap down");
    }

    @Test
    void forEachDirectMember_aUserWhoseLoginCannotBeRead_stopsTheRead() {
        confluence.user("ann");
        when(confluence.loginManager.getLoginInfo("ann")).thenThrow(new IllegalStateException("boom"));
        confluence.group("confluence-users", ConfluenceFixture.INTERNAL, "ann");

        assertThatThrownBy(() -> members("confluence-users"))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Confluence failed while reading the last login of user 'ann': boom");
    }

    @Test
    void forEachDirectMember_whatTheSinkThrows_passesUnchanged() {
        confluence.user("ann");
        confluence.group("confluence-users", ConfluenceFixture.INTERNAL, "ann");

        assertThatThrownBy(() -> confluence.directory().forEachDirectMember(List.of("confluence-users"), u -> {
            throw new IllegalStateException("run cancelled");
        })).isExactlyInstanceOf(IllegalStateException.class).hasMessage("run cancelled");
    }

    @Test
    void memberKeysIncludingNested_areTheLowerCasedMemberNames() {
        confluence.group("service-accounts", ConfluenceFixture.INTERNAL, "Bot", "ci");
        confluence.group("admins", ConfluenceFixture.INTERNAL, "root", "BOT");

        assertThat(confluence.directory().memberKeysIncludingNested(List.of("service-accounts", "admins")))
                .containsExactlyInAnyOrder("bot", "ci", "root");
        assertThatThrownBy(() -> confluence.directory().memberKeysIncludingNested(List.of("gone")))
                .isInstanceOf(DirectoryAccessException.class);
    }
}
