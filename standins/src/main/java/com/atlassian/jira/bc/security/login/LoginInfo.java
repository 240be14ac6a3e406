// Stand-in for com.atlassian.jira:jira-api:10.3.x, compile-only; never packaged.
package com.atlassian.jira.bc.security.login;

/** A user's login history; times are milliseconds since the epoch, {@code null} when never recorded. */
public interface LoginInfo {
    Long getLastLoginTime();

    Long getPreviousLoginTime();

    Long getLastFailedLoginTime();

    Long getLoginCount();

    Long getCurrentFailedLoginCount();

    Long getTotalFailedLoginCount();

    Long getMaxAuthenticationAttemptsAllowed();

    boolean isElevatedSecurityCheckRequired();
}
