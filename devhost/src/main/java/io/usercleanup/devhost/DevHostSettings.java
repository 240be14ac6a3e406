package io.usercleanup.devhost;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * The dev host's settings, from the system properties of its command line
 * ({@code -Ddevhost.product=jira|confluence -Ddevhost.port=2990 -Ddevhost.directory=PATH -Ddevhost.now=INSTANT
 * -Ddevhost.db=JDBC_URL}).
 *
 * @param port      the HTTP port on 127.0.0.1 (default the product's: 2990, 1990); 0 picks a free one
 * @param directory a directory fixture file, or {@code null} for the demo directory
 * @param now       the fixed host clock, or {@code null} for the real clock
 * @param dbUrl     the JDBC URL of the database
 * @param node         Jira's cluster node id ({@code devhost.node}), or {@code null}: not clustered
 * @param leaseTimeout the plugin's run lease timeout ({@code devhost.leaseTimeout}), or {@code null} for its own
 * @param changeDelay  how long each directory change takes ({@code devhost.changeDelay}), or {@code null}: no delay
 * @param product      the product the host stands in for ({@code devhost.product}, default Jira)
 */
public record DevHostSettings(int port, Path directory, Instant now, String dbUrl, String node, Duration leaseTimeout,
                              Duration changeDelay, DevHostProduct product) {
    /** The in-memory H2 database used when no {@code devhost.db} is given. */
    public static final String DEFAULT_DB = "jdbc:h2:mem:devhost;DB_CLOSE_DELAY=-1";

    /** The contract's settings, with the plugin's own lease timeout, no cluster and no slow changes. */
    public DevHostSettings(int port, Path directory, Instant now, String dbUrl) {
        this(port, directory, now, dbUrl, null, null, null, DevHostProduct.JIRA);
    }

    /** Jira, with the cluster and timing settings. */
    public DevHostSettings(int port, Path directory, Instant now, String dbUrl, String node, Duration leaseTimeout,
                           Duration changeDelay) {
        this(port, directory, now, dbUrl, node, leaseTimeout, changeDelay, DevHostProduct.JIRA);
    }

    public DevHostSettings {
        java.util.Objects.requireNonNull(product, "product");
    }

    /** The same settings for another product. */
    public DevHostSettings withProduct(DevHostProduct other) {
        return new DevHostSettings(port, directory, now, dbUrl, node, leaseTimeout, changeDelay, other);
    }

    /** Reads the settings, failing with a message naming the property and the reason. */
    public static DevHostSettings from(Properties properties) {
        String productName = blankToNull(properties.getProperty("devhost.product"));
        DevHostProduct product = productName == null ? DevHostProduct.JIRA : DevHostProduct.of(productName);
        int port = port(blankToNull(properties.getProperty("devhost.port")), product.defaultPort());
        String directory = blankToNull(properties.getProperty("devhost.directory"));
        Path fixture = null;
        if (directory != null) {
            fixture = Path.of(directory).toAbsolutePath();
            if (!Files.isRegularFile(fixture)) {
                throw new IllegalArgumentException("devhost.directory: " + fixture + " is not a readable file");
            }
        }
        String now = blankToNull(properties.getProperty("devhost.now"));
        Instant fixedNow = null;
        if (now != null) {
            try {
                fixedNow = Instant.parse(now);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("devhost.now: '" + now
                        + "' is not an ISO-8601 instant such as 2026-11-23T12:00:00Z");
            }
        }
        String db = blankToNull(properties.getProperty("devhost.db"));
        return new DevHostSettings(port, fixture, fixedNow, db == null ? DEFAULT_DB : db,
                blankToNull(properties.getProperty("devhost.node")),
                duration(properties, "devhost.leaseTimeout", "PT3S"),
                duration(properties, "devhost.changeDelay", "PT0.01S"), product);
    }

    private static Duration duration(Properties properties, String name, String example) {
        String value = blankToNull(properties.getProperty(name));
        if (value == null) {
            return null;
        }
        try {
            Duration duration = Duration.parse(value);
            if (duration.isNegative()) {
                throw new DateTimeParseException("negative", value, 0);
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not an ISO-8601 duration such as "
                    + example);
        }
    }

    private static int port(String value, int defaultPort) {
        if (value == null) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("devhost.port: '" + value + "' is not a port number (0 to 65535)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
