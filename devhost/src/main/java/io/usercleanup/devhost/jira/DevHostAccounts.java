package io.usercleanup.devhost.jira;

import io.usercleanup.devhost.DevHostProduct;
import com.atlassian.crowd.embedded.api.DirectoryType;
import io.usercleanup.core.model.Names;
import io.usercleanup.devhost.jira.DirectoryFixture.DirectoryEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.GroupEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.UserEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds the dev host's own accounts to a fixture: {@code admin}, a system administrator through
 * the {@code jira-administrators} group, {@code user}, an ordinary licensed user in
 * {@code jira-users}, and {@code unlicensed}, a user in no group and so without a licence (for the
 * host's licensed-only check), all in the internal directory and all logged in a few hours before
 * {@code now}, so that no cleanup picks them by default.
 * <p>
 * Neither group is added to any application: a cleanup's counts must be exactly those of the
 * fixture, which they would not be if the two accounts were members of its licensing groups.
 * A fixture may still name these groups (then its own entries are used) or list {@code admin}
 * or {@code user} itself (then its entry describes the account, and the dev host only adds the
 * account's group to it).
 */
final class DevHostAccounts {
    static final String ADMIN = "admin";
    static final String USER = "user";
    static final String UNLICENSED = "unlicensed";
    static final long INTERNAL_DIRECTORY_ID = 1L;

    private DevHostAccounts() {
    }

    /**
     * The accounts of the product: on Confluence the groups are {@code confluence-administrators}
     * and {@code confluence-users}, and the internal directory it adds is Confluence's.
     */
    static DirectoryFixture addTo(DirectoryFixture fixture, Instant now, DevHostProduct product) {
        List<DirectoryEntry> directories = new ArrayList<>(fixture.directories());
        DirectoryEntry internal = internalDirectory(directories, product.internalDirectoryName());
        List<GroupEntry> groups = new ArrayList<>(fixture.groups());
        String administrators = ensureGroup(groups, product.administratorsGroup(), internal.id());
        String users = ensureGroup(groups, product.usersGroup(), internal.id());
        List<UserEntry> people = new ArrayList<>(fixture.users());
        ensureUser(people, new UserEntry(ADMIN, "Administrator", "admin@example.com", internal.id(), true,
                now.minus(Duration.ofDays(730)), now.minus(Duration.ofHours(1)), List.of(administrators), null));
        ensureUser(people, new UserEntry(USER, product.displayName() + " User", "user@example.com", internal.id(), true,
                now.minus(Duration.ofDays(365)), now.minus(Duration.ofHours(2)), List.of(users), null));
        ensureUser(people, new UserEntry(UNLICENSED, "Unlicensed User", "unlicensed@example.com", internal.id(), true,
                now.minus(Duration.ofDays(200)), now.minus(Duration.ofHours(3)), List.of(), null));
        return new DirectoryFixture(directories, groups, fixture.applications(), people, fixture.projects());
    }

    /** The fixture's internal directory (id 1 preferred), or a new one appended after the fixture's. */
    private static DirectoryEntry internalDirectory(List<DirectoryEntry> directories, String name) {
        Optional<DirectoryEntry> existing = directories.stream()
                .filter(d -> d.type() == DirectoryType.INTERNAL)
                .min((a, b) -> Boolean.compare(a.id() != INTERNAL_DIRECTORY_ID, b.id() != INTERNAL_DIRECTORY_ID));
        if (existing.isPresent()) {
            return existing.get();
        }
        boolean oneTaken = directories.stream().anyMatch(d -> d.id() == INTERNAL_DIRECTORY_ID);
        long id = oneTaken ? directories.stream().mapToLong(DirectoryEntry::id).max().orElse(0) + 1 : INTERNAL_DIRECTORY_ID;
        DirectoryEntry created = new DirectoryEntry(id, name, DirectoryType.INTERNAL, false);
        directories.add(created);
        return created;
    }

    /** The group's name as the fixture spells it, adding the group to the directory when it is missing. */
    private static String ensureGroup(List<GroupEntry> groups, String name, long directoryId) {
        for (GroupEntry group : groups) {
            if (Names.key(group.name()).equals(Names.key(name))) {
                return group.name();
            }
        }
        groups.add(new GroupEntry(name, directoryId, List.of()));
        return name;
    }

    private static void ensureUser(List<UserEntry> users, UserEntry account) {
        for (int i = 0; i < users.size(); i++) {
            UserEntry user = users.get(i);
            if (Names.key(user.username()).equals(account.username())) {
                if (account.groups().isEmpty()) {
                    return;
                }
                String group = account.groups().get(0);
                if (user.groups().stream().noneMatch(g -> Names.key(g).equals(Names.key(group)))) {
                    List<String> memberships = new ArrayList<>(user.groups());
                    memberships.add(group);
                    users.set(i, new UserEntry(user.username(), user.displayName(), user.email(), user.directoryId(),
                            user.active(), user.created(), user.lastLogin(), memberships, user.externalId()));
                }
                return;
            }
        }
        users.add(account);
    }
}
