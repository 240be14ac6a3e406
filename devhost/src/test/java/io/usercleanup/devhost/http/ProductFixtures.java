package io.usercleanup.devhost.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usercleanup.core.model.Names;
import io.usercleanup.devhost.DevHostProduct;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The test fixtures, written once for Jira, as the other product sees them. Confluence has one
 * application, whose licensing groups are those with "Can use": a fixture for Confluence lists
 * them under the application with key {@value #CONFLUENCE_KEY}. So that the same tests run on both
 * products, a Jira fixture becomes a Confluence one by putting the groups of all its applications
 * (in order, once each) into that one application; everything else (directories, groups, users,
 * memberships, logins) is the same file. A fixture that already has a {@code confluence}
 * application is used as it is.
 */
public final class ProductFixtures {
    /** The key of Confluence's one application in a fixture and in the REST API. */
    public static final String CONFLUENCE_KEY = "confluence";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProductFixtures() {
    }

    /** The fixture file as the product sees it: the same file for Jira, a translated copy for Confluence. */
    public static Path forProduct(Path fixture, DevHostProduct product) {
        if (product == DevHostProduct.JIRA || fixture == null) {
            return fixture;
        }
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(fixture.toFile());
            JsonNode applications = root.path("applications");
            for (JsonNode application : applications) {
                if (CONFLUENCE_KEY.equals(application.path("key").asText())) {
                    return fixture;
                }
            }
            Map<String, String> groups = new LinkedHashMap<>();
            for (JsonNode application : applications) {
                for (JsonNode group : application.path("groups")) {
                    groups.putIfAbsent(Names.key(group.asText()), group.asText());
                }
            }
            ObjectNode confluence = JSON.createObjectNode().put("key", CONFLUENCE_KEY).put("name", "Confluence");
            ArrayNode names = confluence.putArray("groups");
            groups.values().forEach(names::add);
            root.putArray("applications").add(confluence);
            // Project leads are Jira's; Confluence has none (its refusals are its own, see docs/dev-host.md).
            root.remove("projects");
            Path copy = Files.createTempFile("confluence-" + fixture.getFileName().toString().replace(".json", ""),
                    ".json");
            copy.toFile().deleteOnExit();
            JSON.writerWithDefaultPrettyPrinter().writeValue(copy.toFile(), root);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("The fixture " + fixture + " cannot be read for " + product, e);
        }
    }

    /** The application key the product knows for a Jira application of a test's fixture. */
    public static String application(String jiraKey, DevHostProduct product) {
        return product == DevHostProduct.CONFLUENCE ? CONFLUENCE_KEY : jiraKey;
    }
}
