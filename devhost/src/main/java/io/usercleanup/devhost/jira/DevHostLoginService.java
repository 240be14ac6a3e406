package io.usercleanup.devhost.jira;

import com.atlassian.jira.bc.security.login.LoginInfo;
import com.atlassian.jira.bc.security.login.LoginService;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.util.Map;

/** Jira's login information from the {@code login.*} user attributes; logging out is the web layer's. */
final class DevHostLoginService implements LoginService {
    private final UserTable users;
    private final LoginTable logins;

    DevHostLoginService(UserTable users, LoginTable logins) {
        this.users = users;
        this.logins = logins;
    }

    /** An unknown user has an empty history, as a user who never logged in has. */
    @Override
    public LoginInfo getLoginInfo(String userName) {
        return users.byName(userName)
                .map(user -> (LoginInfo) logins.info(user.crowdUser().rowId()))
                .orElseGet(() -> new DevHostLoginInfo(Map.of()));
    }

    @Override
    public boolean isElevatedSecurityCheckAlwaysShown() {
        return false;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response) {
        throw new UnsupportedOperationException("Logging out belongs to the dev host's web layer, not to its Jira");
    }
}
