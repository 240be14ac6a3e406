package io.usercleanup.bundle;

/** The Jira 11 bundle is wholly jakarta and runs on Java 21 ({@link Platform8BundleChecks}). */
class Jira11BundleIT extends Platform8BundleChecks {
}
