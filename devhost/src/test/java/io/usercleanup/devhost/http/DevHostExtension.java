package io.usercleanup.devhost.http;

import io.usercleanup.devhost.DevHostModules;
import io.usercleanup.devhost.DevHostProduct;
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
 * <p>
 * The product is the test run's: the system property {@value #PRODUCT_PROPERTY} ({@code jira},
 * the default, or {@code confluence}), which the build sets for its second run of the HTTP and
 * browser tests (pom.xml, docs/dev-host.md), so that the same tests show the contract on both
 * products. On Confluence the fixture is the Confluence reading of the same file
 * ({@link ProductFixtures}).
 */
public final class DevHostExtension implements BeforeAllCallback, AfterAllCallback {
    /** The system property that names the product of the test run. */
    public static final String PRODUCT_PROPERTY = "devhost.test.product";
    /**
     * The system property that names the platform of the test run: {@code 7} (the default, this
     * module's Jetty 9 host) or {@code 8} (set by the devhost-platform8 module, which runs these
     * tests transformed to {@code jakarta} on its Jetty 12 host).
     */
    public static final String PLATFORM_PROPERTY = "devhost.test.platform";

    private final DevHostProduct product;
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
        this(testProduct(), fixture, now, modules);
    }

    /** A dev host for the given product, whatever the test run's. */
    public DevHostExtension(DevHostProduct product, String fixture, Instant now, DevHostModules modules) {
        this.product = product;
        this.fixture = fixture;
        this.now = now;
        this.modules = modules;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dbUrl = "jdbc:h2:mem:devhost-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        server = DevHostServer.start(new DevHostSettings(0, fixturePath(fixture, product), now, dbUrl)
                .withProduct(product), modules);
        if (server.platform() != testPlatform()) {
            throw new IllegalStateException("The test run is for platform " + testPlatform() + " but the dev host on "
                    + "its class path plays platform " + server.platform());
        }
    }

    /** The product of this test run ({@value #PRODUCT_PROPERTY}, default Jira). */
    public static DevHostProduct testProduct() {
        String value = System.getProperty(PRODUCT_PROPERTY);
        return value == null || value.isBlank() ? DevHostProduct.JIRA : DevHostProduct.of(value);
    }

    /** The platform of this test run ({@value #PLATFORM_PROPERTY}, default 7). */
    public static int testPlatform() {
        String value = System.getProperty(PLATFORM_PROPERTY);
        return value == null || value.isBlank() ? 7 : Integer.parseInt(value.strip());
    }

    /** A fixture of the test resources as the product reads it, or {@code null} for {@code null}. */
    public static Path fixturePath(String resource, DevHostProduct product) throws URISyntaxException {
        return resource == null ? null
                : ProductFixtures.forProduct(Path.of(DevHostExtension.class.getResource(resource).toURI()), product);
    }

    /** The product this host stands in for. */
    public DevHostProduct product() {
        return product;
    }

    /** {@code /jira} or {@code /confluence}. */
    public String contextPath() {
        return product.contextPath();
    }

    /**
     * A JSON array of this product's application keys for Jira application keys of the fixture,
     * once each: {@code ["jira-software","jira-servicedesk"]} on Jira, {@code ["confluence"]} on Confluence.
     */
    public String applicationsJson(String... jiraKeys) {
        return java.util.Arrays.stream(jiraKeys).map(this::application).distinct()
                .map(key -> "\"" + key + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    /** The application key of this product for a Jira application key of the fixture ({@link ProductFixtures}). */
    public String application(String jiraKey) {
        return ProductFixtures.application(jiraKey, product);
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
