package io.usercleanup.devhost.jira;

import com.atlassian.jira.bc.security.login.LoginInfo;

import java.util.Map;

/**
 * A user's login history from the {@code login.*} attributes Jira keeps for each user in
 * {@code cwd_user_attributes}; times are milliseconds since the epoch, absent ones {@code null}.
 */
final class DevHostLoginInfo implements LoginInfo {
    static final String LAST_LOGIN = "login.lastLoginMillis";
    static final String PREVIOUS_LOGIN = "login.previousLoginMillis";
    static final String LAST_FAILED_LOGIN = "login.lastFailedLoginMillis";
    static final String COUNT = "login.count";
    static final String CURRENT_FAILED = "login.currentFailedCount";
    static final String TOTAL_FAILED = "login.totalFailedCount";

    private final Map<String, String> attributes;

    DevHostLoginInfo(Map<String, String> attributes) {
        this.attributes = Map.copyOf(attributes);
    }

    @Override
    public Long getLastLoginTime() {
        return number(LAST_LOGIN);
    }

    @Override
    public Long getPreviousLoginTime() {
        return number(PREVIOUS_LOGIN);
    }

    @Override
    public Long getLastFailedLoginTime() {
        return number(LAST_FAILED_LOGIN);
    }

    @Override
    public Long getLoginCount() {
        return number(COUNT);
    }

    @Override
    public Long getCurrentFailedLoginCount() {
        return number(CURRENT_FAILED);
    }

    @Override
    public Long getTotalFailedLoginCount() {
        return number(TOTAL_FAILED);
    }

    /** The dev host sets no limit on failed logins. */
    @Override
    public Long getMaxAuthenticationAttemptsAllowed() {
        return null;
    }

    @Override
    public boolean isElevatedSecurityCheckRequired() {
        return false;
    }

    /** A value that is not a number is treated as never recorded, as Jira treats a corrupt attribute. */
    private Long number(String name) {
        String value = attributes.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
