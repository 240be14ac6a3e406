package io.usercleanup.jira;

import io.usercleanup.core.directory.DirectoryUser;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows to users: one user per run of rows, its groups once each in the order asked for. */
class MemberPageTest {
    private static final Map<Long, String> GROUPS = Map.of(1L, "jira-software-users", 2L, "jira-local-users",
            3L, "jira-local-users");
    private static final List<String> ORDER = List.of("jira-software-users", "jira-local-users");
    private static final Comparator<String> BY_ORDER = Comparator.comparingInt(ORDER::indexOf);

    @Test
    void rowsOfOneUser_becomeOneUser_withEachGroupOnceInTheOrderAskedFor() {
        List<DirectoryUser> users = MemberPage.users(List.of(
                row(7, "ann", "1700000000000", 3),
                row(7, "ann", "1700000000000", 1),
                row(7, "ann", "1700000000000", 2),
                row(9, "bob", null, 2)), GROUPS, BY_ORDER);

        assertThat(users).containsExactly(
                new DirectoryUser("ann", "Ann", null, 1, true, null, Instant.ofEpochMilli(1_700_000_000_000L),
                        List.of("jira-software-users", "jira-local-users")),
                new DirectoryUser("bob", "Bob", null, 1, true, null, null, List.of("jira-local-users")));
    }

    @Test
    void lastLogin_thatIsNotANumber_countsAsNone_spacesAroundOneAreFine() {
        assertThat(row(1, "a", "soon", 1).lastLoginInstant()).isNull();
        assertThat(row(1, "a", " 1000 ", 1).lastLoginInstant()).isEqualTo(Instant.ofEpochMilli(1000));
        assertThat(row(1, "a", null, 1).lastLoginInstant()).isNull();
    }

    @Test
    void noRows_noUsers() {
        assertThat(MemberPage.users(List.of(), GROUPS, BY_ORDER)).isEmpty();
    }

    private static MemberRow row(long userId, String username, String lastLogin, long groupId) {
        String display = Character.toUpperCase(username.charAt(0)) + username.substring(1);
        return new MemberRow(userId, username, username, display, null, 1, true, null, lastLogin, groupId);
    }
}
