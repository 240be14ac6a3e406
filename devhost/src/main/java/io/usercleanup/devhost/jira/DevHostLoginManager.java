package io.usercleanup.devhost.jira;

import com.atlassian.confluence.security.login.LoginInfo;
import com.atlassian.confluence.security.login.LoginManager;

import java.time.Instant;
import java.util.Date;

/**
 * Confluence's login records on the dev host: the last successful login is the one the fixture
 * (and the host's login page) recorded in Confluence's {@code logininfo} for the user's key
 * ({@link ConfluenceSchema}); {@code null} for a user Confluence does not know.
 */
final class DevHostLoginManager implements LoginManager {
    private final UserTable users;
    private final LoginTable logins;

    DevHostLoginManager(UserTable users, LoginTable logins) {
        this.users = users;
        this.logins = logins;
    }

    @Override
    public LoginInfo getLoginInfo(String username) {
        return users.byName(username).map(user -> {
            Instant last = logins.confluenceLastLogin(user.getUsername());
            return (LoginInfo) () -> last == null ? null : new Date(last.toEpochMilli());
        }).orElse(null);
    }
}
