package io.usercleanup.bundle;

/** The Confluence 10 bundle is wholly jakarta and runs on Java 21 ({@link Platform8BundleChecks}). */
class Confluence10BundleIT extends Platform8BundleChecks {
}
