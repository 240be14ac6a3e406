// Stand-in for com.atlassian.confluence:confluence 8.7.2 (API kept in Confluence 9.x), compile-only:
// never packaged, the host application provides the real type at run time. Only the members the
// plugin uses; each with the real descriptor and kind.
package com.atlassian.confluence.security;

/** One granted space or global permission: to a group, to a user, or to anonymous users. */
public class SpacePermission {
    /** The global "Can use" permission. A compile-time constant: javac inlines it. */
    public static final String USE_CONFLUENCE_PERMISSION = "USECONFLUENCE";

    /** The group it is granted to, or {@code null} when it is granted to a user or anonymously. */
    public String getGroup() {
        throw new UnsupportedOperationException("stand-in");
    }
}
