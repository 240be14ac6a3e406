// Stand-in for com.atlassian.jira:jira-api:10.3.x, compile-only; never packaged.
package com.atlassian.jira.bc.security.login;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Login information and login operations. Only members verified for Jira 10 are declared. */
public interface LoginService {
    String LOGIN_RESULT = "com.atlassian.jira.security.login.LoginManager.LoginResult";

    LoginInfo getLoginInfo(String userName);

    boolean isElevatedSecurityCheckAlwaysShown();

    void logout(HttpServletRequest request, HttpServletResponse response);
}
