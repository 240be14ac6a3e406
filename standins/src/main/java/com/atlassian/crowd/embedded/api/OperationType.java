// Stand-in for com.atlassian.crowd:embedded-crowd-api (signatures as in 5.1.6), compile-only; never packaged.
package com.atlassian.crowd.embedded.api;

/** An operation a user directory may allow. */
public enum OperationType {
    CREATE_USER,
    CREATE_GROUP,
    CREATE_ROLE,
    UPDATE_USER,
    UPDATE_GROUP,
    UPDATE_ROLE,
    UPDATE_USER_ATTRIBUTE,
    UPDATE_GROUP_ATTRIBUTE,
    UPDATE_ROLE_ATTRIBUTE,
    DELETE_USER,
    DELETE_GROUP,
    DELETE_ROLE;

    public String getName() {
        return name();
    }

    public OperationType fromName(String name) {
        return OperationType.valueOf(name);
    }
}
