package io.usercleanup.bundle.conformance;

/**
 * One line of the host package table of {@code docs/atlassian-api-facts.md}: a package the bundle
 * imports and what the host is known (or assumed) to export.
 *
 * @param name    the package
 * @param version the version the OSGi resolution test exports it with
 * @param status  CONFIRMED (the export version was seen), ASSUMED (the package is known to be there,
 *                its export version was not seen and is the one the bundle's import range needs),
 *                or UNVERIFIED (not even the export was seen)
 */
public record HostPackage(String name, String version, String status, String hosts, String source, String note,
                          int line) {
    public static final java.util.List<String> STATUSES = java.util.List.of("CONFIRMED", "ASSUMED", "UNVERIFIED");
}
