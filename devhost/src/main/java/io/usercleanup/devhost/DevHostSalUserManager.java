package io.usercleanup.devhost;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.usercleanup.devhost.jira.DevHostJira;
import io.usercleanup.devhost.jira.DevHostUsers;

import javax.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;

/**
 * SAL's user manager over the dev host's accounts; user keys are the usernames, as for Jira's
 * older users. Its group search is the dev host Jira's.
 */
public final class DevHostSalUserManager implements UserManager {
    private final Accounts accounts;
    private final DevHostJira jira;

    DevHostSalUserManager(Accounts accounts, DevHostJira jira) {
        this.accounts = accounts;
        this.jira = jira;
    }

    /** The user manager of the dev host's Jira: its accounts are the ones of {@link DevHostJira#users()}. */
    public static DevHostSalUserManager of(DevHostJira jira) {
        DevHostUsers users = jira.users();
        return new DevHostSalUserManager(new Accounts() {
            @Override
            public boolean authenticate(String username, String password) {
                return users.authenticate(username, password);
            }

            @Override
            public boolean isSystemAdmin(String username) {
                return users.isSystemAdmin(username);
            }

            @Override
            public boolean isLicensed(String username) {
                return users.isLicensed(username);
            }

            @Override
            public String fullName(String username) {
                return users.canonicalUsername(username).orElse(null);
            }
        }, jira);
    }

    /** The accounts this manager knows. */
    public Accounts accounts() {
        return accounts;
    }

    private static UserKey key(String username) {
        return username == null ? null : new UserKey(username);
    }

    @Override
    public String getRemoteUsername() {
        return RemoteUser.current();
    }

    @Override
    public UserProfile getRemoteUser() {
        return getUserProfile(RemoteUser.current());
    }

    @Override
    public UserKey getRemoteUserKey() {
        return key(RemoteUser.current());
    }

    @Override
    public String getRemoteUsername(HttpServletRequest request) {
        return RemoteUser.of(request);
    }

    @Override
    public UserProfile getRemoteUser(HttpServletRequest request) {
        return getUserProfile(RemoteUser.of(request));
    }

    @Override
    public UserKey getRemoteUserKey(HttpServletRequest request) {
        return key(RemoteUser.of(request));
    }

    @Override
    public UserProfile getUserProfile(String username) {
        if (username == null || accounts.fullName(username) == null) {
            return null;
        }
        String fullName = accounts.fullName(username);
        return new UserProfile() {
            @Override
            public UserKey getUserKey() {
                return key(username);
            }

            @Override
            public String getUsername() {
                return username;
            }

            @Override
            public String getFullName() {
                return fullName;
            }

            @Override
            public String getEmail() {
                return username + "@localhost";
            }

            @Override
            public URI getProfilePictureUri(int width, int height) {
                return null;
            }

            @Override
            public URI getProfilePictureUri() {
                return null;
            }

            @Override
            public URI getProfilePageUri() {
                return null;
            }
        };
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : getUserProfile(userKey.getStringValue());
    }

    @Override
    public boolean isUserInGroup(String username, String group) {
        return false;
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return false;
    }

    @Override
    public boolean isSystemAdmin(String username) {
        return username != null && accounts.isSystemAdmin(username);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return userKey != null && isSystemAdmin(userKey.getStringValue());
    }

    @Override
    public boolean isAdmin(String username) {
        return isSystemAdmin(username);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return isSystemAdmin(userKey);
    }

    @Override
    public boolean isLicensed(UserKey userKey) {
        return userKey != null && accounts.isLicensed(userKey.getStringValue());
    }

    @Override
    public boolean authenticate(String username, String password) {
        return accounts.authenticate(username, password);
    }

    @Override
    public Principal resolve(String username) {
        return getUserProfile(username) == null ? null : () -> username;
    }

    @Override
    public Iterable<String> findGroupNamesByPrefix(String prefix, int startIndex, int maxResults) {
        return jira.findGroupNamesByPrefix(prefix, startIndex, maxResults);
    }

    @Override
    public boolean isAnonymousAccessEnabled() {
        return false;
    }

    @Override
    public boolean isLimitedUnlicensedAccessEnabled() {
        return false;
    }
}
