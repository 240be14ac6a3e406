package io.usercleanup.confluence;

import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.user.User;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which deactivation the adapter calls, decided from the methods the host's accessor type has. */
class DeactivationMethodTest {

    /** A Confluence that has dropped {@code deactivateUser} and kept the local one. */
    interface LocalOnlyAccessor {
        void deactivateUserLocally(User user);
    }

    /** An accessor that inherits the method, as Confluence 9's does from {@code bucket.user.UserAccessor}. */
    interface InheritingAccessor extends LocalOnlyAccessor {
    }

    @Test
    void prefersDeactivateUser_whereBothExist() {
        assertThat(DeactivationMethod.of(UserAccessor.class)).contains(DeactivationMethod.DEACTIVATE_USER);
    }

    @Test
    void takesTheLocalDeactivation_whereItIsTheOnlyOne_alsoWhenInherited() {
        assertThat(DeactivationMethod.of(LocalOnlyAccessor.class)).contains(DeactivationMethod.DEACTIVATE_USER_LOCALLY);
        assertThat(DeactivationMethod.of(InheritingAccessor.class)).contains(DeactivationMethod.DEACTIVATE_USER_LOCALLY);
    }

    @Test
    void isEmpty_whereNeitherExists() {
        assertThat(DeactivationMethod.of(Runnable.class)).isEmpty();
    }
}
