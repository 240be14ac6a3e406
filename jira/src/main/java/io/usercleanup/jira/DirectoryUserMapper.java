package io.usercleanup.jira;

import com.atlassian.crowd.embedded.api.User;
import com.atlassian.crowd.model.user.TimestampedUser;
import com.atlassian.jira.bc.security.login.LoginInfo;
import com.atlassian.jira.bc.security.login.LoginService;
import com.atlassian.jira.user.ApplicationUser;
import io.usercleanup.core.directory.DirectoryUser;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Turns a Jira user into the cleanup's view of it: who, where, active, created, last login. */
final class DirectoryUserMapper {
    private final LoginService loginService;

    DirectoryUserMapper(LoginService loginService) {
        this.loginService = loginService;
    }

    DirectoryUser toDirectoryUser(ApplicationUser user, List<String> directGroups) {
        return new DirectoryUser(
                user.getUsername(),
                user.getDisplayName(),
                user.getEmailAddress(),
                user.getDirectoryId(),
                user.isActive(),
                createdOf(user),
                lastLoginOf(user.getUsername()),
                directGroups);
    }

    /**
     * Jira's API has no creation date for users; Crowd records one only for users it keeps in
     * Jira's own database (a {@link TimestampedUser}). Any other user's creation date is unknown.
     */
    private static Instant createdOf(ApplicationUser user) {
        User directoryUser = user.getDirectoryUser();
        if (!(directoryUser instanceof TimestampedUser)) {
            return null;
        }
        Date created = ((TimestampedUser) directoryUser).getCreatedDate();
        // getTime() rather than toInstant(): the date may be a java.sql.Date, whose toInstant() throws.
        return created == null ? null : Instant.ofEpochMilli(created.getTime());
    }

    private Instant lastLoginOf(String username) {
        LoginInfo info = loginService.getLoginInfo(username);
        Long lastLogin = info == null ? null : info.getLastLoginTime();
        return lastLogin == null ? null : Instant.ofEpochMilli(lastLogin);
    }
}
