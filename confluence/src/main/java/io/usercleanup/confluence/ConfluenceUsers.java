package io.usercleanup.confluence;

import com.atlassian.confluence.security.login.LoginInfo;
import com.atlassian.confluence.security.login.LoginManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.crowd.embedded.api.User;
import com.atlassian.crowd.model.user.TimestampedUser;
import io.usercleanup.core.directory.DirectoryUser;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Finds Confluence users and turns them into the cleanup's view: who, where, active, created, last
 * login. Confluence's own user object has neither a directory nor a creation date; both come from
 * the user as its embedded Crowd holds it.
 */
final class ConfluenceUsers {
    /** The directory id of a user Crowd does not hold (an unsynced user). */
    static final long UNKNOWN_DIRECTORY = -1L;

    private final UserAccessor userAccessor;
    private final CrowdService crowdService;
    private final LoginManager loginManager;

    ConfluenceUsers(UserAccessor userAccessor, CrowdService crowdService, LoginManager loginManager) {
        this.userAccessor = userAccessor;
        this.crowdService = crowdService;
        this.loginManager = loginManager;
    }

    /** The user, or {@code null} when Confluence has none of that name. */
    ConfluenceUser find(String username) {
        return ConfluenceReads.read("the user '" + username + "'", () -> userAccessor.getUserByName(username));
    }

    /** The user as Crowd holds it, or {@code null}. */
    User crowdUser(String username) {
        return ConfluenceReads.read("the directory user '" + username + "'", () -> crowdService.getUser(username));
    }

    boolean isDeactivated(ConfluenceUser user) {
        return ConfluenceReads.read("whether user '" + user.getName() + "' is deactivated",
                () -> userAccessor.isDeactivated(user));
    }

    /** The user as the cleanup sees it, with its Crowd user, which may be {@code null}. */
    DirectoryUser toDirectoryUser(ConfluenceUser user, User crowdUser, List<String> directGroups) {
        String username = user.getName();
        return new DirectoryUser(
                username,
                user.getFullName(),
                user.getEmail(),
                crowdUser == null ? UNKNOWN_DIRECTORY : crowdUser.getDirectoryId(),
                !isDeactivated(user),
                createdOf(crowdUser),
                lastLoginOf(username),
                directGroups);
    }

    /**
     * Crowd records a creation date only for users it keeps in Confluence's own database (a
     * {@link TimestampedUser}); any other user's creation date is unknown.
     */
    private static Instant createdOf(User crowdUser) {
        if (!(crowdUser instanceof TimestampedUser)) {
            return null;
        }
        Date created = ((TimestampedUser) crowdUser).getCreatedDate();
        // getTime() rather than toInstant(): the date may be a java.sql.Date, whose toInstant() throws.
        return created == null ? null : Instant.ofEpochMilli(created.getTime());
    }

    private Instant lastLoginOf(String username) {
        LoginInfo info = ConfluenceReads.read("the last login of user '" + username + "'",
                () -> loginManager.getLoginInfo(username));
        Date last = info == null ? null : info.getLastSuccessfulLoginDate();
        return last == null ? null : Instant.ofEpochMilli(last.getTime());
    }
}
