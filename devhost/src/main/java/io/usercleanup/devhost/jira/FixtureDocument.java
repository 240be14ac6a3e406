package io.usercleanup.devhost.jira;

import com.atlassian.crowd.embedded.api.DirectoryType;
import io.usercleanup.core.model.Names;
import io.usercleanup.devhost.jira.DirectoryFixture.ApplicationEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.DirectoryEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.GroupEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.ProjectEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.UserEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the sections of one fixture document in the order their references need (directories,
 * groups, applications, users, projects), whatever their order in the file, and checks each
 * reference as it meets it. Group and user names are matched ignoring case, as Jira matches them,
 * and stored with the spelling of their own entry.
 */
final class FixtureDocument {
    private static final List<String> ROOT_FIELDS = List.of("directories", "groups", "applications", "users", "projects");
    private static final List<String> DIRECTORY_FIELDS = List.of("id", "name", "type", "readOnly");
    private static final List<String> GROUP_FIELDS = List.of("name", "directoryId", "groups");
    private static final List<String> APPLICATION_FIELDS = List.of("key", "name", "groups");
    private static final List<String> USER_FIELDS = List.of("username", "displayName", "email", "directoryId",
            "active", "created", "lastLogin", "groups", "externalId");
    private static final List<String> PROJECT_FIELDS = List.of("key", "name", "lead");
    private static final List<DirectoryType> FIXTURE_TYPES = List.of(DirectoryType.INTERNAL,
            DirectoryType.CONNECTOR, DirectoryType.CROWD, DirectoryType.DELEGATING, DirectoryType.CUSTOM,
            DirectoryType.AZURE_AD);

    private final Map<Long, String> directoryPaths = new HashMap<>();
    private final Map<String, String> directoryNamePaths = new HashMap<>();
    private final Map<String, Declared<GroupEntry>> groups = new HashMap<>();
    private final Map<String, String> applicationPaths = new HashMap<>();
    private final Map<String, Declared<UserEntry>> users = new HashMap<>();
    private final Map<String, String> projectPaths = new HashMap<>();
    private final List<ChildGroup> childGroups = new ArrayList<>();

    DirectoryFixture read(FixtureNode root) {
        root.object(ROOT_FIELDS);
        List<DirectoryEntry> directoryEntries = section(root, "directories", this::directory);
        List<GroupEntry> groupEntries = section(root, "groups", this::group);
        childGroups.forEach(this::checkNesting);
        groupEntries = groupEntries.stream().map(this::withDeclaredChildSpelling).toList();
        List<ApplicationEntry> applicationEntries = section(root, "applications", this::application);
        List<UserEntry> userEntries = section(root, "users", this::user);
        List<ProjectEntry> projectEntries = section(root, "projects", this::project);
        return new DirectoryFixture(directoryEntries, groupEntries, applicationEntries, userEntries, projectEntries);
    }

    private static <T> List<T> section(FixtureNode root, String name, Function<FixtureNode, T> reader) {
        List<T> entries = new ArrayList<>();
        root.optional(name).ifPresent(array -> array.elements().forEach(element -> entries.add(reader.apply(element))));
        return entries;
    }

    private DirectoryEntry directory(FixtureNode node) {
        node.object(DIRECTORY_FIELDS);
        FixtureNode idNode = node.required("id");
        long id = idNode.positiveLong();
        String previous = directoryPaths.putIfAbsent(id, node.path());
        if (previous != null) {
            throw idNode.error("duplicate directory id " + id + " (also at " + previous + ")");
        }
        FixtureNode nameNode = node.required("name");
        String name = nameNode.name();
        String sameName = directoryNamePaths.putIfAbsent(Names.key(name), node.path());
        if (sameName != null) {
            throw nameNode.error("duplicate directory name \"" + name + "\" (also at " + sameName
                    + "; directory names are compared ignoring case)");
        }
        DirectoryType type = directoryType(node.required("type"));
        boolean readOnly = node.optional("readOnly").map(FixtureNode::bool).orElse(false);
        return new DirectoryEntry(id, name, type, readOnly);
    }

    private static DirectoryType directoryType(FixtureNode node) {
        String text = node.text();
        for (DirectoryType type : FIXTURE_TYPES) {
            if (type.name().equals(text)) {
                return type;
            }
        }
        List<String> names = FIXTURE_TYPES.stream().map(Enum::name).toList();
        throw node.error("unknown directory type \"" + text + "\" (expected one of: " + String.join(", ", names) + ")");
    }

    private GroupEntry group(FixtureNode node) {
        node.object(GROUP_FIELDS);
        FixtureNode nameNode = node.required("name");
        String name = nameNode.name();
        long directoryId = directoryId(node.required("directoryId"));
        List<FixtureNode> childNodes = node.optional("groups").map(FixtureNode::elements).orElse(List.of());
        List<String> childNames = new ArrayList<>();
        Map<String, String> childPaths = new HashMap<>();
        for (FixtureNode child : childNodes) {
            String childName = child.name();
            String previous = childPaths.putIfAbsent(Names.key(childName), child.path());
            if (previous != null) {
                throw child.error("group \"" + childName + "\" is listed twice (also at " + previous + ")");
            }
            childNames.add(childName);
        }
        GroupEntry entry = new GroupEntry(name, directoryId, childNames);
        Declared<GroupEntry> previous = groups.putIfAbsent(Names.key(name), new Declared<>(entry, node.path()));
        if (previous != null) {
            throw nameNode.error("duplicate group name \"" + name + "\" (also at " + previous.path()
                    + "; group names are compared ignoring case)");
        }
        for (int i = 0; i < childNodes.size(); i++) {
            childGroups.add(new ChildGroup(entry, childNodes.get(i), childNames.get(i)));
        }
        return entry;
    }

    /** Children are checked once every group is known, so a group may name a child declared after it. */
    private void checkNesting(ChildGroup child) {
        GroupEntry parent = child.parent();
        GroupEntry group = knownGroup(child.node(), child.name());
        if (Names.key(group.name()).equals(Names.key(parent.name()))) {
            throw child.node().error("group \"" + parent.name() + "\" cannot contain itself");
        }
        if (group.directoryId() != parent.directoryId()) {
            throw child.node().error("group \"" + group.name() + "\" is in directory " + group.directoryId()
                    + ", not in directory " + parent.directoryId() + " (Crowd nests groups only within one directory)");
        }
        if (contains(group, parent, new ArrayList<>())) {
            throw child.node().error("group \"" + group.name() + "\" contains \"" + parent.name()
                    + "\" already, so nesting it there would make a cycle");
        }
    }

    private GroupEntry withDeclaredChildSpelling(GroupEntry group) {
        List<String> children = group.groups().stream().map(name -> groups.get(Names.key(name)).entry().name()).toList();
        return new GroupEntry(group.name(), group.directoryId(), children);
    }

    private boolean contains(GroupEntry outer, GroupEntry wanted, List<String> seen) {
        if (seen.contains(Names.key(outer.name()))) {
            return false;
        }
        seen.add(Names.key(outer.name()));
        for (String childName : outer.groups()) {
            Declared<GroupEntry> child = groups.get(Names.key(childName));
            if (child != null && (Names.key(childName).equals(Names.key(wanted.name()))
                    || contains(child.entry(), wanted, seen))) {
                return true;
            }
        }
        return false;
    }

    private ApplicationEntry application(FixtureNode node) {
        node.object(APPLICATION_FIELDS);
        FixtureNode keyNode = node.required("key");
        String key = keyNode.name();
        String previous = applicationPaths.putIfAbsent(key, node.path());
        if (previous != null) {
            throw keyNode.error("duplicate application key \"" + key + "\" (also at " + previous + ")");
        }
        String name = node.required("name").name();
        return new ApplicationEntry(key, name, groupReferences(node));
    }

    private UserEntry user(FixtureNode node) {
        node.object(USER_FIELDS);
        FixtureNode usernameNode = node.required("username");
        String username = usernameNode.name();
        Declared<UserEntry> previous = users.get(Names.key(username));
        if (previous != null) {
            throw usernameNode.error("duplicate username \"" + username + "\" (also at " + previous.path()
                    + "; usernames are compared ignoring case)");
        }
        String displayName = node.optional("displayName").map(FixtureNode::name).orElse(username);
        String email = node.optional("email").map(FixtureNode::text).orElse(null);
        long directoryId = directoryId(node.required("directoryId"));
        boolean active = node.optional("active").map(FixtureNode::bool).orElse(true);
        Instant created = node.optional("created").map(FixtureNode::instant).orElse(null);
        Instant lastLogin = node.optional("lastLogin").map(FixtureNode::instant).orElse(null);
        List<String> memberOf = groupReferences(node);
        String externalId = node.optional("externalId").map(FixtureNode::name).orElse(null);
        UserEntry entry = new UserEntry(username, displayName, email, directoryId, active, created, lastLogin,
                memberOf, externalId);
        users.put(Names.key(username), new Declared<>(entry, node.path()));
        return entry;
    }

    private ProjectEntry project(FixtureNode node) {
        node.object(PROJECT_FIELDS);
        FixtureNode keyNode = node.required("key");
        String key = keyNode.name();
        String previous = projectPaths.putIfAbsent(Names.key(key), node.path());
        if (previous != null) {
            throw keyNode.error("duplicate project key \"" + key + "\" (also at " + previous + ")");
        }
        String name = node.required("name").name();
        FixtureNode leadNode = node.required("lead");
        String lead = leadNode.name();
        Declared<UserEntry> leader = users.get(Names.key(lead));
        if (leader == null) {
            throw leadNode.error("unknown user \"" + lead + "\"");
        }
        return new ProjectEntry(key, name, leader.entry().username());
    }

    private long directoryId(FixtureNode node) {
        long id = node.positiveLong();
        if (!directoryPaths.containsKey(id)) {
            throw node.error("unknown directory " + id);
        }
        return id;
    }

    /** The entry's optional "groups": known groups, each once, in their declared spelling. */
    private List<String> groupReferences(FixtureNode entry) {
        List<String> names = new ArrayList<>();
        Map<String, String> paths = new LinkedHashMap<>();
        for (FixtureNode element : entry.optional("groups").map(FixtureNode::elements).orElse(List.of())) {
            GroupEntry group = knownGroup(element, element.name());
            String previous = paths.putIfAbsent(Names.key(group.name()), element.path());
            if (previous != null) {
                throw element.error("group \"" + group.name() + "\" is listed twice (also at " + previous + ")");
            }
            names.add(group.name());
        }
        return names;
    }

    private GroupEntry knownGroup(FixtureNode node, String name) {
        Declared<GroupEntry> group = groups.get(Names.key(name));
        if (group == null) {
            throw node.error("unknown group \"" + name + "\"");
        }
        return group.entry();
    }

    /** An entry and where the document declares it, for messages about later duplicates. */
    private record Declared<T>(T entry, String path) {
    }

    /** A child group named by a group entry, checked once all groups are read. */
    private record ChildGroup(GroupEntry parent, FixtureNode node, String name) {
    }
}
