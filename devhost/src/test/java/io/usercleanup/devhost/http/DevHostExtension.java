package io.usercleanup.devhost.http;

import io.usercleanup.devhost.DevHostModules;
import io.usercleanup.devhost.DevHostServer;
import io.usercleanup.devhost.DevHostSettings;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/**
 * Starts a dev host on a free port for a test class, with its own in-memory database, a
 * directory fixture from the test resources (or the demo directory) and, optionally, a fixed
 * clock; stops it after the class.
 */
public final class DevHostExtension implements BeforeAllCallback, AfterAllCallback {
    private final String fixture;
    private final Instant now;
    private final DevHostModules modules;
    private DevHostServer server;
    private String dbUrl;

    /**
     * @param fixture a resource path such as {@code /fixtures/contract-directory.json}, or
     *                {@code null} for the demo directory
     * @param now     the fixed clock, or {@code null} for the real one
     */
    public DevHostExtension(String fixture, Instant now) {
        this(fixture, now, DevHostModules.NONE);
    }

    /** A dev host that also serves a test's own modules ({@link DevHostModules}). */
    public DevHostExtension(String fixture, Instant now, DevHostModules modules) {
        this.fixture = fixture;
        this.now = now;
        this.modules = modules;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dbUrl = "jdbc:h2:mem:devhost-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        server = DevHostServer.start(new DevHostSettings(0, fixturePath(), now, dbUrl), modules);
    }

    private Path fixturePath() throws URISyntaxException {
        return fixture == null ? null : Path.of(DevHostExtension.class.getResource(fixture).toURI());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
    }

    public DevHostServer server() {
        return server;
    }

    /** The JDBC URL of the dev host's database, to look at its tables. */
    public String dbUrl() {
        return dbUrl;
    }

    public HttpClientForTests client() {
        return new HttpClientForTests(server.baseUrl());
    }
}
