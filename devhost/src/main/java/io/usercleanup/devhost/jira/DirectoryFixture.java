package io.usercleanup.devhost.jira;

import com.atlassian.crowd.embedded.api.DirectoryType;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A directory fixture: the users, groups, directories and applications the dev host's Jira is
 * loaded with, as the contract's directory fixture JSON describes them (plus the optional
 * extensions documented on each entry). Instances are plain values; {@link FixtureReader} is what
 * checks that the references between them hold.
 *
 * @param directories  the user directories, in Crowd's order
 * @param groups       the groups; names are unique ignoring case
 * @param applications the applications with their licensing groups
 * @param users        the users; usernames are unique ignoring case
 * @param projects     extension: projects and their leads (Jira refuses to deactivate a lead)
 */
public record DirectoryFixture(
        List<DirectoryEntry> directories,
        List<GroupEntry> groups,
        List<ApplicationEntry> applications,
        List<UserEntry> users,
        List<ProjectEntry> projects) {

    public DirectoryFixture {
        directories = List.copyOf(directories);
        groups = List.copyOf(groups);
        applications = List.copyOf(applications);
        users = List.copyOf(users);
        projects = List.copyOf(projects);
    }

    /**
     * A user directory.
     *
     * @param id       Crowd's directory id
     * @param name     its display name
     * @param type     its Crowd type ({@code UNKNOWN} is not accepted in a fixture)
     * @param readOnly whether users and memberships in it cannot be changed locally
     */
    public record DirectoryEntry(long id, String name, DirectoryType type, boolean readOnly) {
        public DirectoryEntry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * A group.
     *
     * @param name        the group name
     * @param directoryId the directory it lives in
     * @param groups      extension: the names of its direct child groups (nested groups), which
     *                    must live in the same directory, as Crowd nests groups only within one
     */
    public record GroupEntry(String name, long directoryId, List<String> groups) {
        public GroupEntry {
            Objects.requireNonNull(name, "name");
            groups = List.copyOf(groups);
        }
    }

    /**
     * An application (an application role in Jira's terms).
     *
     * @param key    the application key, such as {@code jira-software}
     * @param name   its display name
     * @param groups its licensing groups; the first is the default group for new users
     */
    public record ApplicationEntry(String key, String name, List<String> groups) {
        public ApplicationEntry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
            groups = List.copyOf(groups);
        }
    }

    /**
     * A user.
     *
     * @param username    the username
     * @param displayName the full name (the username when the fixture gives none)
     * @param email       the email address as given, possibly malformed, or {@code null}
     * @param directoryId the directory the user lives in
     * @param active      {@code false} for a deactivated user
     * @param created     when the user was created, or {@code null} when unknown
     * @param lastLogin   the last successful login, or {@code null} when never logged in
     * @param groups      the user's direct memberships
     * @param externalId  extension: the id the directory's source knows the user by (Entra's
     *                    object id for an Entra ID directory), or {@code null} to derive one
     */
    public record UserEntry(
            String username,
            String displayName,
            String email,
            long directoryId,
            boolean active,
            Instant created,
            Instant lastLogin,
            List<String> groups,
            String externalId) {

        public UserEntry {
            Objects.requireNonNull(username, "username");
            displayName = displayName == null ? username : displayName;
            groups = List.copyOf(groups);
        }
    }

    /**
     * Extension: a Jira project, only as far as its lead matters (Jira will not deactivate a
     * project lead).
     *
     * @param key  the project key, such as {@code OPS}
     * @param name the project name
     * @param lead the username of its lead
     */
    public record ProjectEntry(String key, String name, String lead) {
        public ProjectEntry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(lead, "lead");
        }
    }
}
