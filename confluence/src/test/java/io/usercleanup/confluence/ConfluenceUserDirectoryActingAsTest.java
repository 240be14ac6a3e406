package io.usercleanup.confluence;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.usercleanup.core.directory.DirectoryAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The changes of a run are made with Confluence's thread user set to the acting administrator. */
class ConfluenceUserDirectoryActingAsTest {
    private final ConfluenceFixture confluence = new ConfluenceFixture();

    @AfterEach
    void nobodyIsLeftOnTheThread() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void actingAs_setsTheAdministratorForTheChanges_andNobodyAfter() {
        ConfluenceUser admin = confluence.user("admin");
        List<ConfluenceUser> during = new ArrayList<>();

        confluence.directory().actingAs("admin", () -> during.add(AuthenticatedUserThreadLocal.get()));

        assertThat(during).containsExactly(admin);
        assertThat(AuthenticatedUserThreadLocal.get()).isNull();
    }

    @Test
    void actingAs_givesTheThreadBackItsOwnUser_evenWhenTheChangesFail() {
        confluence.user("admin");
        ConfluenceUser requester = confluence.user("requester");
        AuthenticatedUserThreadLocal.set(requester);

        assertThatThrownBy(() -> confluence.directory().actingAs("admin", () -> {
            throw new IllegalStateException("lease lost");
        })).isInstanceOf(IllegalStateException.class).hasMessage("lease lost");

        assertThat(AuthenticatedUserThreadLocal.get()).isSameAs(requester);
    }

    @Test
    void actingAsNobody_runsTheChangesAsTheThreadIs() {
        ConfluenceUser requester = confluence.user("requester");
        AuthenticatedUserThreadLocal.set(requester);
        List<ConfluenceUser> during = new ArrayList<>();

        confluence.directory().actingAs(null, () -> during.add(AuthenticatedUserThreadLocal.get()));

        assertThat(during).containsExactly(requester);
    }

    @Test
    void anAdministratorWhoIsGone_isAnAccessError_andNothingRuns() {
        List<String> changes = new ArrayList<>();

        assertThatThrownBy(() -> confluence.directory().actingAs("former", () -> changes.add("change")))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessageContaining("'former', who is not a Confluence user any more");
        assertThat(changes).isEmpty();
        assertThat(AuthenticatedUserThreadLocal.get()).isNull();
    }
}
