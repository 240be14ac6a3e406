package io.usercleanup.devhost;

import java.util.Locale;

/**
 * The product the dev host stands in for ({@code devhost.product}): Jira 10 or Confluence 9. Both
 * serve the same plugin code from the same directory fixture; they differ in the context path,
 * the plugin's descriptor and Spring context, the host services offered and the host's own
 * accounts' groups.
 */
public enum DevHostProduct {
    /** Jira Data Center 10 (Platform 7), at {@code http://localhost:2990/jira}. */
    JIRA("jira", "Jira", 2990, "/atlassian-plugin.xml", "META-INF/spring/plugin-context.xml",
            "jira-administrators", "jira-users", "Jira Internal Directory"),
    /**
     * Confluence Data Center 9 (Platform 7), at {@code http://localhost:1990/confluence}; the
     * plugin's Confluence descriptor and context are on the test class path under
     * {@code confluence-plugin/} (built from {@code src/confluence/resources}).
     */
    CONFLUENCE("confluence", "Confluence", 1990, "/confluence-plugin/atlassian-plugin.xml",
            "confluence-plugin/META-INF/spring/plugin-context.xml",
            "confluence-administrators", "confluence-users", "Confluence Internal Directory");

    private final String key;
    private final String displayName;
    private final int defaultPort;
    private final String descriptor;
    private final String springContext;
    private final String administratorsGroup;
    private final String usersGroup;
    private final String internalDirectoryName;

    DevHostProduct(String key, String displayName, int defaultPort, String descriptor, String springContext,
                   String administratorsGroup, String usersGroup, String internalDirectoryName) {
        this.key = key;
        this.displayName = displayName;
        this.defaultPort = defaultPort;
        this.descriptor = descriptor;
        this.springContext = springContext;
        this.administratorsGroup = administratorsGroup;
        this.usersGroup = usersGroup;
        this.internalDirectoryName = internalDirectoryName;
    }

    /** The value of {@code devhost.product}, ignoring case; a message lists the products otherwise. */
    public static DevHostProduct of(String value) {
        for (DevHostProduct product : values()) {
            if (product.key.equals(value.strip().toLowerCase(Locale.ROOT))) {
                return product;
            }
        }
        throw new IllegalArgumentException("devhost.product: '" + value + "' is not a product (jira or confluence)");
    }

    /** {@code jira} or {@code confluence}. */
    public String key() {
        return key;
    }

    /** {@code Jira} or {@code Confluence}, for the host's own pages and messages. */
    public String displayName() {
        return displayName;
    }

    /** {@code /jira} or {@code /confluence}. */
    public String contextPath() {
        return "/" + key;
    }

    /** The port of {@code atlas-run} for the product: 2990 or 1990. */
    public int defaultPort() {
        return defaultPort;
    }

    /** Class path resource of the plugin's descriptor for the product. */
    public String descriptor() {
        return descriptor;
    }

    /** Class path resource of the plugin's Spring context for the product. */
    public String springContext() {
        return springContext;
    }

    /** The host's login page: Jira's {@code /login.jsp}, Confluence's {@code /login.action}. */
    public String loginPath() {
        return this == CONFLUENCE ? "/login.action" : "/login.jsp";
    }

    /** The group whose members are the host's system administrators ({@code admin}'s group). */
    public String administratorsGroup() {
        return administratorsGroup;
    }

    /** The group of the host's ordinary account {@code user}. */
    public String usersGroup() {
        return usersGroup;
    }

    /** The name of the internal directory the host adds when the fixture has none. */
    public String internalDirectoryName() {
        return internalDirectoryName;
    }
}
