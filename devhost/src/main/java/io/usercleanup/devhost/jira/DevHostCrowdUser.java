package io.usercleanup.devhost.jira;

import com.atlassian.crowd.model.user.TimestampedUser;
import io.usercleanup.core.model.Names;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

/**
 * A row of {@code cwd_user} as Crowd hands it out: a timestamped directory user, like the users
 * Jira keeps in its own database. Equality follows Crowd's: the same directory and the same name
 * ignoring case.
 */
final class DevHostCrowdUser implements TimestampedUser, Serializable {
    private static final long serialVersionUID = 1L;

    private final long rowId;
    private final long directoryId;
    private final String name;
    private final boolean active;
    private final String emailAddress;
    private final String displayName;
    private final String firstName;
    private final String lastName;
    private final String externalId;
    private final Instant created;
    private final Instant updated;

    DevHostCrowdUser(long rowId, long directoryId, String name, boolean active, String emailAddress,
                     String displayName, String firstName, String lastName, String externalId,
                     Instant created, Instant updated) {
        this.rowId = rowId;
        this.directoryId = directoryId;
        this.name = Objects.requireNonNull(name, "name");
        this.active = active;
        this.emailAddress = emailAddress;
        this.displayName = displayName;
        this.firstName = firstName;
        this.lastName = lastName;
        this.externalId = externalId;
        this.created = created;
        this.updated = updated;
    }

    /** The same user with another name and activity, as a user update would leave it. */
    DevHostCrowdUser changed(String newName, boolean newActive) {
        return new DevHostCrowdUser(rowId, directoryId, newName, newActive, emailAddress, displayName, firstName,
                lastName, externalId, created, updated);
    }

    /** The {@code cwd_user.id} of this user. */
    long rowId() {
        return rowId;
    }

    @Override
    public long getDirectoryId() {
        return directoryId;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public String getEmailAddress() {
        return emailAddress;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }

    @Override
    public String getFirstName() {
        return firstName;
    }

    @Override
    public String getLastName() {
        return lastName;
    }

    @Override
    public String getExternalId() {
        return externalId;
    }

    @Override
    public Date getCreatedDate() {
        return created == null ? null : Date.from(created);
    }

    @Override
    public Date getUpdatedDate() {
        return updated == null ? null : Date.from(updated);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof com.atlassian.crowd.embedded.api.User other)) {
            return false;
        }
        return other.getDirectoryId() == directoryId && Names.key(other.getName()).equals(Names.key(name));
    }

    @Override
    public int hashCode() {
        return Objects.hash(directoryId, Names.key(name));
    }

    @Override
    public int compareTo(com.atlassian.crowd.embedded.api.User other) {
        int byName = Names.key(name).compareTo(Names.key(other.getName()));
        return byName != 0 ? byName : Long.compare(directoryId, other.getDirectoryId());
    }

    @Override
    public String toString() {
        return name + " (directory " + directoryId + ")";
    }
}
