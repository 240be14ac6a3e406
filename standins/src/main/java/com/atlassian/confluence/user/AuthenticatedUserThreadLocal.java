// Stand-in for com.atlassian.confluence:confluence 8.7.2 (API kept in Confluence 9.x), compile-only:
// never packaged, the host application provides the real type at run time. Only the members the
// plugin uses; each with the real descriptor and kind.
package com.atlassian.confluence.user;

/**
 * The user the current thread acts as. The real class keeps it in Seraph's authentication context,
 * a thread local; this stand-in keeps it in a thread local of its own so that tests behave alike.
 */
public class AuthenticatedUserThreadLocal {
    private static final ThreadLocal<ConfluenceUser> USER = new ThreadLocal<>();

    public static void set(ConfluenceUser user) {
        USER.set(user);
    }

    public static ConfluenceUser get() {
        return USER.get();
    }

    public static void reset() {
        set(null);
    }
}
