// Stand-in for com.atlassian.crowd:embedded-crowd-api (signatures as in 5.1.6), compile-only; never packaged.
package com.atlassian.crowd.embedded.api;

import java.io.Serializable;
import java.util.Date;
import java.util.Map;
import java.util.Set;

/** A user directory configured in the application. */
public interface Directory extends Serializable, Attributes {
    Long getId();

    String getName();

    boolean isActive();

    String getEncryptionType();

    Map<String, String> getAttributes();

    Set<OperationType> getAllowedOperations();

    String getDescription();

    DirectoryType getType();

    String getImplementationClass();

    Date getCreatedDate();

    Date getUpdatedDate();

    default boolean isPersistable() {
        return true;
    }
}
