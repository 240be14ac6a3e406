package io.usercleanup.integration;

import io.usercleanup.devhost.DevHostProduct;
import io.usercleanup.devhost.http.ProductFixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A directory fixture for long runs: {@code users} stale users ({@code user0000}...) in the
 * writable group {@code jira-local-users} of the product's internal directory, so that a
 * removing cleanup of that group changes every one of them, as the product reads the file.
 */
final class LocalGroupFixture {
    /** The group that holds every user of the fixture. */
    static final String GROUP = "jira-local-users";

    private LocalGroupFixture() {
    }

    /** Writes the fixture to {@code dir/directory.json} and answers the file the product's host reads. */
    static Path write(Path dir, int users, DevHostProduct product) throws IOException {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < users; i++) {
            entries.append(i == 0 ? "" : ",").append(String.format("{\"username\":\"user%04d\","
                    + "\"email\":\"user%04d@example.com\",\"directoryId\":1,\"created\":\"2019-01-01T00:00:00Z\","
                    + "\"lastLogin\":\"2020-01-01T00:00:00Z\",\"groups\":[\"" + GROUP + "\"]}", i, i));
        }
        Path fixture = dir.resolve("directory.json");
        Files.writeString(fixture, "{\"directories\":[{\"id\":1,\"name\":\"" + product.internalDirectoryName()
                + "\",\"type\":\"INTERNAL\",\"readOnly\":false}],\"groups\":[{\"name\":\"" + GROUP
                + "\",\"directoryId\":1}],\"applications\":[],\"users\":[" + entries + "]}");
        return ProductFixtures.forProduct(fixture, product);
    }
}
