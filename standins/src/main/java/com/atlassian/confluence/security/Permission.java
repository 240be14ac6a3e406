// Stand-in for com.atlassian.confluence:confluence 8.7.2 (API kept in Confluence 9.x), compile-only:
// never packaged, the host application provides the real type at run time. Only the members the
// plugin uses; each with the real descriptor and kind.
package com.atlassian.confluence.security;

/**
 * A kind of permission. The real class is abstract with a private constructor and one anonymous
 * subclass per constant; only the constants the plugin reads are stood in.
 */
public abstract class Permission {
    public static final Permission EDIT = new Permission("EDIT") {
    };
    public static final Permission SET_PERMISSIONS = new Permission("SET_PERMISSIONS") {
    };

    private final String name;

    private Permission(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
