// Stand-in for com.atlassian.application:atlassian-application-api as shipped with Jira 10.3.x,
// compile-only; never packaged.
package com.atlassian.application.api;

import java.util.Objects;

/** The key of an application, such as {@code jira-software}. */
public final class ApplicationKey {
    private final String key;

    private ApplicationKey(String key) {
        this.key = key;
    }

    public static ApplicationKey valueOf(String key) {
        return new ApplicationKey(Objects.requireNonNull(key, "key"));
    }

    public String value() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplicationKey && ((ApplicationKey) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
