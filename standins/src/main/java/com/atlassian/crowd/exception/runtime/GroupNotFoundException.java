// Stand-in for com.atlassian.crowd:embedded-crowd-api (signatures as in 5.1.6), compile-only; never packaged.
package com.atlassian.crowd.exception.runtime;

/** The group does not exist. */
public class GroupNotFoundException extends CrowdRuntimeException {
    private static final long serialVersionUID = 1L;

    private final String groupName;

    public GroupNotFoundException(String groupName) {
        this(groupName, null);
    }

    public GroupNotFoundException(String groupName, Throwable e) {
        super("Group <" + groupName + "> does not exist", e);
        this.groupName = groupName;
    }

    public String getGroupName() {
        return groupName;
    }
}
