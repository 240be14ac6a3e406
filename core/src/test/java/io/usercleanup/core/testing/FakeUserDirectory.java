package io.usercleanup.core.testing;

import io.usercleanup.core.directory.ApplicationInfo;
import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.directory.DirectoryChangeException;
import io.usercleanup.core.directory.DirectoryInfo;
import io.usercleanup.core.directory.DirectoryKind;
import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.core.directory.GroupInfo;
import io.usercleanup.core.directory.UserDirectory;
import io.usercleanup.core.model.Names;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * An in-memory directory for core tests: users with direct memberships, groups nested in groups,
 * read-only directories and refused deactivations that refuse changes as Jira does, with the Jira
 * adapter's reasons, checks that ask what a change would ask and change nothing, and hooks to
 * inject failures. {@code UserDirectoryContractTest} holds it and the Jira adapter to the same
 * behaviour.
 */
public final class FakeUserDirectory implements UserDirectory {
    private final Map<Long, DirectoryInfo> directories = new LinkedHashMap<>();
    private final Map<String, GroupInfo> groups = new LinkedHashMap<>();
    private final Map<String, Set<String>> nestedGroups = new HashMap<>();
    private final Map<String, DirectoryUser> users = new LinkedHashMap<>();
    private final List<ApplicationInfo> applications = new ArrayList<>();
    private final List<String> changes = new ArrayList<>();
    private final List<String> changedBy = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();
    private final Map<String, String> deactivationRefusals = new HashMap<>();
    private final Map<String, Error> hostErrors = new HashMap<>();
    private String actingAdministrator;
    private Runnable beforeChange = () -> { };
    private int failReadAfterUsers = -1;

    public FakeUserDirectory directory(long id, String name, DirectoryKind kind, boolean readOnly) {
        directories.put(id, new DirectoryInfo(id, name, kind, readOnly));
        return this;
    }

    public FakeUserDirectory group(String name, long directoryId) {
        groups.put(Names.key(name), new GroupInfo(name, directoryId));
        return this;
    }

    /** Makes {@code child} a member of {@code parent}. */
    public FakeUserDirectory nest(String child, String parent) {
        nestedGroups.computeIfAbsent(Names.key(parent), k -> new HashSet<>()).add(Names.key(child));
        return this;
    }

    public FakeUserDirectory application(String key, String name, String... groupNames) {
        applications.add(new ApplicationInfo(key, name, List.of(groupNames)));
        return this;
    }

    public FakeUserDirectory user(String username, String email, long directoryId, Instant created, Instant lastLogin,
                                  String... directGroups) {
        users.put(Names.key(username), new DirectoryUser(username, username + " Name", email, directoryId, true,
                created, lastLogin, List.of(directGroups)));
        return this;
    }

    public FakeUserDirectory inactiveUser(String username, String... directGroups) {
        users.put(Names.key(username), new DirectoryUser(username, username, null, 1, false, null, null,
                List.of(directGroups)));
        return this;
    }

    /** Runs the hook before each change, to look at the record at that moment. */
    public FakeUserDirectory beforeEachChange(Runnable hook) {
        this.beforeChange = hook;
        return this;
    }

    /** Reading fails after this many users have been streamed. */
    public FakeUserDirectory failReadingAfter(int usersStreamed) {
        this.failReadAfterUsers = usersStreamed;
        return this;
    }

    /** Every change made, as {@code "remove alice from g"} or {@code "deactivate alice"}, in order. */
    public List<String> changes() {
        return List.copyOf(changes);
    }

    /**
     * For each change in {@link #changes()}, the administrator it was made as, or {@code "(nobody)"}
     * for a change made outside {@link #actingAs}.
     */
    public List<String> changedBy() {
        return List.copyOf(changedBy);
    }

    public DirectoryUser userNamed(String username) {
        return users.get(Names.key(username));
    }

    @Override
    public List<DirectoryInfo> directories() {
        hostCall("directories");
        return List.copyOf(directories.values());
    }

    @Override
    public Optional<GroupInfo> findGroup(String name) {
        return Optional.ofNullable(groups.get(Names.key(name)));
    }

    @Override
    public List<String> findGroupNames(String prefix, int start, int limit) {
        return groups.values().stream().map(GroupInfo::name)
                .filter(n -> Names.key(n).startsWith(Names.key(prefix)))
                .sorted().skip(start).limit(limit).collect(Collectors.toList());
    }

    @Override
    public Set<String> unknownUsernames(Collection<String> usernames) {
        hostCall("unknownUsernames");
        Set<String> unknown = new java.util.LinkedHashSet<>();
        for (String name : Names.distinct(usernames)) {
            if (!users.containsKey(Names.key(name))) {
                unknown.add(name);
            }
        }
        return java.util.Collections.unmodifiableSet(unknown);
    }

    @Override
    public List<ApplicationInfo> applications() {
        return List.copyOf(applications);
    }

    @Override
    public void forEachDirectMember(Collection<String> groupNames, Consumer<DirectoryUser> sink) {
        hostCall("forEachDirectMember");
        Set<String> wanted = Names.keys(groupNames);
        int streamed = 0;
        for (DirectoryUser user : List.copyOf(users.values())) {
            List<String> direct = user.directGroups().stream()
                    .filter(g -> wanted.contains(Names.key(g))).collect(Collectors.toList());
            if (direct.isEmpty()) {
                continue;
            }
            if (streamed++ == failReadAfterUsers) {
                throw new DirectoryAccessException("The directory stopped answering");
            }
            sink.accept(new DirectoryUser(user.username(), user.displayName(), user.email(), user.directoryId(),
                    user.active(), user.created(), user.lastLogin(), direct));
        }
    }

    @Override
    public Set<String> memberKeysIncludingNested(Collection<String> groupNames) {
        Set<String> all = new HashSet<>();
        List<String> pending = new ArrayList<>(Names.keys(groupNames));
        while (!pending.isEmpty()) {
            String group = pending.remove(pending.size() - 1);
            if (all.add("group:" + group)) {
                pending.addAll(nestedGroups.getOrDefault(group, Set.of()));
            }
        }
        return users.values().stream()
                .filter(u -> u.directGroups().stream().anyMatch(g -> all.contains("group:" + Names.key(g))))
                .map(u -> Names.key(u.username()))
                .collect(Collectors.toSet());
    }

    @Override
    public void removeFromGroup(String username, String groupName) throws DirectoryChangeException {
        hostCall("removeFromGroup");
        beforeChange.run();
        DirectoryUser user = removable(username, groupName);
        List<String> remaining = user.directGroups().stream()
                .filter(g -> !Names.key(g).equals(Names.key(groupName))).collect(Collectors.toList());
        users.put(Names.key(username), new DirectoryUser(user.username(), user.displayName(), user.email(),
                user.directoryId(), user.active(), user.created(), user.lastLogin(), remaining));
        changed("remove " + username + " from " + groupName);
    }

    @Override
    public void checkRemoveFromGroup(String username, String groupName) throws DirectoryChangeException {
        hostCall("checkRemoveFromGroup");
        checked("remove " + username + " from " + groupName);
        removable(username, groupName);
    }

    /**
     * What Jira's adapter checks before a removal, with its wording: the user and the group exist,
     * the user's directory (where the membership lives) is writable, the membership is direct.
     */
    private DirectoryUser removable(String username, String groupName) throws DirectoryChangeException {
        DirectoryUser user = existing(username);
        GroupInfo group = findGroup(groupName)
                .orElseThrow(() -> new DirectoryChangeException("group '" + groupName + "' no longer exists"));
        DirectoryInfo directory = directories.get(user.directoryId());
        if (directory.readOnly()) {
            throw new DirectoryChangeException("user '" + username + "' cannot be removed from group '" + groupName
                    + "': directory '" + directory.name() + "' is read-only");
        }
        if (user.directGroups().stream().noneMatch(g -> Names.key(g).equals(Names.key(group.name())))) {
            throw new DirectoryChangeException(
                    "user '" + username + "' is no longer a direct member of group '" + groupName + "'");
        }
        return user;
    }

    @Override
    public void deactivate(String username) throws DirectoryChangeException {
        hostCall("deactivate");
        beforeChange.run();
        DirectoryUser user = deactivatable(username);
        if (!user.active()) {
            return;
        }
        users.put(Names.key(username), new DirectoryUser(user.username(), user.displayName(), user.email(),
                user.directoryId(), false, user.created(), user.lastLogin(), user.directGroups()));
        changed("deactivate " + username);
    }

    @Override
    public void checkDeactivate(String username) throws DirectoryChangeException {
        hostCall("checkDeactivate");
        checked("deactivate " + username);
        deactivatable(username);
    }

    /**
     * What Jira's adapter checks before a deactivation, with its wording: the user exists, an
     * inactive user needs nothing, the user's directory is writable, and Jira's validation (here
     * the refusals set with {@link #refuseDeactivation}) lets it through.
     */
    private DirectoryUser deactivatable(String username) throws DirectoryChangeException {
        DirectoryUser user = existing(username);
        if (!user.active()) {
            return user;
        }
        String failure = "user '" + username + "' cannot be deactivated: ";
        DirectoryInfo directory = directories.get(user.directoryId());
        if (directory.readOnly()) {
            throw new DirectoryChangeException(failure + "directory '" + directory.name() + "' is read-only");
        }
        String refusal = deactivationRefusals.get(Names.key(username));
        if (refusal != null) {
            throw new DirectoryChangeException(failure + "Jira refused it: " + refusal);
        }
        return user;
    }

    /** Makes the application refuse to deactivate the user for the reason, as Jira does for a project lead. */
    public FakeUserDirectory refuseDeactivation(String username, String reason) {
        deactivationRefusals.put(Names.key(username), reason);
        return this;
    }

    /**
     * Makes every later call of the named method ({@code "forEachDirectMember"}, {@code "deactivate"},
     * {@code "checkDeactivate"}, {@code "actingAs"}...) throw the error, as a host whose API does not
     * link with the app's throws {@link LinkageError}s.
     */
    public FakeUserDirectory throwOn(String method, Error error) {
        hostErrors.put(method, error);
        return this;
    }

    private void hostCall(String method) {
        Error error = hostErrors.get(method);
        if (error != null) {
            throw error;
        }
    }

    /**
     * Every check a dry run asked for, whatever the answer, as {@code "remove alice from g as admin"} or
     * {@code "deactivate alice as admin"}, in order ({@code "(nobody)"} outside {@link #actingAs}).
     */
    public List<String> checks() {
        return List.copyOf(checks);
    }

    private void checked(String check) {
        checks.add(check + " as " + (actingAdministrator == null ? "(nobody)" : actingAdministrator));
    }

    /** Holds the administrator for the changes; {@code "ghost"} is an administrator who no longer exists. */
    @Override
    public void actingAs(String administrator, Runnable work) {
        hostCall("actingAs");
        if ("ghost".equals(administrator)) {
            throw new DirectoryAccessException("The cleanup makes its changes as 'ghost', who is not a user any more");
        }
        String previous = actingAdministrator;
        actingAdministrator = administrator;
        try {
            work.run();
        } finally {
            actingAdministrator = previous;
        }
    }

    private void changed(String change) {
        changes.add(change);
        changedBy.add(actingAdministrator == null ? "(nobody)" : actingAdministrator);
    }

    private DirectoryUser existing(String username) throws DirectoryChangeException {
        DirectoryUser user = users.get(Names.key(username));
        if (user == null) {
            throw new DirectoryChangeException("user '" + username + "' no longer exists");
        }
        return user;
    }

    /** Removes a user behind the cleanup's back, as another admin might mid-run. */
    public void deleteUser(String username) {
        users.remove(Names.key(username));
    }
}
