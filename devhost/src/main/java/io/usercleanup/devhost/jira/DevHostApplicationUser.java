package io.usercleanup.devhost.jira;

import com.atlassian.crowd.embedded.api.User;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Objects;

/**
 * A Jira user over its Crowd user. Jira gives each user a stable key kept in its
 * {@code app_user} table; users migrated from old Jira versions have their lower-cased username
 * as key, and the dev host gives every user that kind of key, with the {@code cwd_user} id as
 * the user's id. Equality is by key, as in Jira.
 */
final class DevHostApplicationUser implements ApplicationUser {
    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String key;
    private final DevHostCrowdUser directoryUser;

    DevHostApplicationUser(Long id, String key, DevHostCrowdUser directoryUser) {
        this.id = id;
        this.key = Objects.requireNonNull(key, "key");
        this.directoryUser = Objects.requireNonNull(directoryUser, "directoryUser");
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getUsername() {
        return directoryUser.getName();
    }

    @Override
    public String getName() {
        return directoryUser.getName();
    }

    @Override
    public long getDirectoryId() {
        return directoryUser.getDirectoryId();
    }

    @Override
    public boolean isActive() {
        return directoryUser.isActive();
    }

    @Override
    public String getEmailAddress() {
        return directoryUser.getEmailAddress();
    }

    @Override
    public String getDisplayName() {
        return directoryUser.getDisplayName();
    }

    @Override
    public User getDirectoryUser() {
        return directoryUser;
    }

    DevHostCrowdUser crowdUser() {
        return directoryUser;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ApplicationUser && key.equals(((ApplicationUser) obj).getKey());
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    /** As Jira prints users: the username, then the key. */
    @Override
    public String toString() {
        return getUsername() + "(" + key + ")";
    }
}
