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
 * read-only directories that refuse changes as Jira does, and hooks to inject failures.
 */
public final class FakeUserDirectory implements UserDirectory {
    private final Map<Long, DirectoryInfo> directories = new LinkedHashMap<>();
    private final Map<String, GroupInfo> groups = new LinkedHashMap<>();
    private final Map<String, Set<String>> nestedGroups = new HashMap<>();
    private final Map<String, DirectoryUser> users = new LinkedHashMap<>();
    private final List<ApplicationInfo> applications = new ArrayList<>();
    private final List<String> changes = new ArrayList<>();
    private final List<String> changedBy = new ArrayList<>();
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
    public List<ApplicationInfo> applications() {
        return List.copyOf(applications);
    }

    @Override
    public void forEachDirectMember(Collection<String> groupNames, Consumer<DirectoryUser> sink) {
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
        beforeChange.run();
        DirectoryUser user = existing(username);
        GroupInfo group = findGroup(groupName)
                .orElseThrow(() -> new DirectoryChangeException("group '" + groupName + "' no longer exists"));
        if (directories.get(group.directoryId()).readOnly()) {
            throw new DirectoryChangeException("directory of group '" + groupName + "' is read-only");
        }
        List<String> remaining = user.directGroups().stream()
                .filter(g -> !Names.key(g).equals(Names.key(groupName))).collect(Collectors.toList());
        users.put(Names.key(username), new DirectoryUser(user.username(), user.displayName(), user.email(),
                user.directoryId(), user.active(), user.created(), user.lastLogin(), remaining));
        changed("remove " + username + " from " + groupName);
    }

    @Override
    public void deactivate(String username) throws DirectoryChangeException {
        beforeChange.run();
        DirectoryUser user = existing(username);
        if (directories.get(user.directoryId()).readOnly()) {
            throw new DirectoryChangeException("directory of user '" + username + "' is read-only");
        }
        users.put(Names.key(username), new DirectoryUser(user.username(), user.displayName(), user.email(),
                user.directoryId(), false, user.created(), user.lastLogin(), user.directGroups()));
        changed("deactivate " + username);
    }

    /** Holds the administrator for the changes; {@code "ghost"} is an administrator who no longer exists. */
    @Override
    public void actingAs(String administrator, Runnable work) {
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
