package io.usercleanup.core.model;

/** The layout of an Entra ID bulk member file. */
public enum CsvTemplate {
    /** Microsoft's current template: the column header is the first line. */
    CURRENT,
    /** The older template: {@code version:v1.0} first, then the same column header. */
    LEGACY_V1
}
