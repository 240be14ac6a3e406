package io.usercleanup.core.directory.sql;

import io.usercleanup.core.directory.DirectoryUser;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rows to users: one user per run of rows, its groups once each in the order asked for. */
class MemberPageTest {
    private static final Map<Long, String> GROUPS = Map.of(1L, "jira-software-users", 2L, "jira-local-users",
            3L, "jira-local-users");
    private static final List<String> ORDER = List.of("jira-software-users", "jira-local-users");
    private static final Comparator<String> BY_ORDER = Comparator.comparingInt(ORDER::indexOf);
    private static final Instant LOGIN = Instant.ofEpochMilli(1_700_000_000_000L);

    @Test
    void rowsOfOneUser_becomeOneUser_withEachGroupOnceInTheOrderAskedFor() {
        List<DirectoryUser> users = MemberPage.users(List.of(
                row(7, "ann", LOGIN, 3),
                row(7, "ann", LOGIN, 1),
                row(7, "ann", LOGIN, 2),
                row(9, "bob", null, 2)), GROUPS, BY_ORDER);

        assertThat(users).containsExactly(
                new DirectoryUser("ann", "Ann", null, 1, true, null, LOGIN,
                        List.of("jira-software-users", "jira-local-users")),
                new DirectoryUser("bob", "Bob", null, 1, true, null, null, List.of("jira-local-users")));
    }

    @Test
    void noRows_noUsers() {
        assertThat(MemberPage.users(List.of(), GROUPS, BY_ORDER)).isEmpty();
    }

    @Test
    void membershipOfAGroupRowNotAskedFor_isRefused() {
        assertThatThrownBy(() -> MemberPage.users(List.of(row(1, "ann", null, 99)), GROUPS, BY_ORDER))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("group of the membership");
    }

    private static MemberRow row(long userId, String username, Instant lastLogin, long groupId) {
        String display = Character.toUpperCase(username.charAt(0)) + username.substring(1);
        return new MemberRow(userId, username, display, null, 1, true, null, lastLogin, groupId);
    }
}
