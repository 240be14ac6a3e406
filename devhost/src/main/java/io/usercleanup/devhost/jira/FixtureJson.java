package io.usercleanup.devhost.jira;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usercleanup.devhost.jira.DirectoryFixture.ApplicationEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.DirectoryEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.GroupEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.ProjectEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.UserEntry;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a fixture in the contract's JSON format, one entry per line (a fixture of thousands of
 * users stays readable and diffable that way). Extension fields are written only where they
 * carry something, so a fixture without extensions comes out in the contract's format alone.
 */
public final class FixtureJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FixtureJson() {
    }

    public static String write(DirectoryFixture fixture) {
        StringBuilder json = new StringBuilder("{\n");
        section(json, "directories", fixture.directories(), FixtureJson::directory, true);
        section(json, "groups", fixture.groups(), FixtureJson::group, true);
        section(json, "applications", fixture.applications(), FixtureJson::application, true);
        boolean withProjects = !fixture.projects().isEmpty();
        section(json, "users", fixture.users(), FixtureJson::user, withProjects);
        if (withProjects) {
            section(json, "projects", fixture.projects(), FixtureJson::project, false);
        }
        return json.append("}\n").toString();
    }

    private static <T> void section(StringBuilder json, String name, List<T> entries,
                                    Function<T, ObjectNode> toNode, boolean more) {
        json.append("  \"").append(name).append("\": [");
        for (int i = 0; i < entries.size(); i++) {
            json.append(i == 0 ? "\n" : ",\n").append("    ").append(compact(toNode.apply(entries.get(i))));
        }
        json.append(entries.isEmpty() ? "]" : "\n  ]").append(more ? ",\n" : "\n");
    }

    private static ObjectNode directory(DirectoryEntry entry) {
        return MAPPER.createObjectNode()
                .put("id", entry.id())
                .put("name", entry.name())
                .put("type", entry.type().name())
                .put("readOnly", entry.readOnly());
    }

    private static ObjectNode group(GroupEntry entry) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("name", entry.name())
                .put("directoryId", entry.directoryId());
        if (!entry.groups().isEmpty()) {
            node.set("groups", names(entry.groups()));
        }
        return node;
    }

    private static ObjectNode application(ApplicationEntry entry) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("key", entry.key())
                .put("name", entry.name());
        node.set("groups", names(entry.groups()));
        return node;
    }

    private static ObjectNode user(UserEntry entry) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("username", entry.username())
                .put("displayName", entry.displayName())
                .put("email", entry.email())
                .put("directoryId", entry.directoryId())
                .put("active", entry.active())
                .put("created", text(entry.created()))
                .put("lastLogin", text(entry.lastLogin()));
        node.set("groups", names(entry.groups()));
        if (entry.externalId() != null) {
            node.put("externalId", entry.externalId());
        }
        return node;
    }

    private static ObjectNode project(ProjectEntry entry) {
        return MAPPER.createObjectNode()
                .put("key", entry.key())
                .put("name", entry.name())
                .put("lead", entry.lead());
    }

    private static ArrayNode names(List<String> names) {
        ArrayNode array = MAPPER.createArrayNode();
        names.forEach(array::add);
        return array;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String compact(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
