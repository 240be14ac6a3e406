// Stand-in for com.atlassian.confluence:confluence 8.7.2 (API kept in Confluence 9.x), compile-only:
// never packaged, the host application provides the real type at run time. Only the members the
// plugin uses; each with the real descriptor and kind.
package com.atlassian.confluence.security;

import com.atlassian.user.User;

/** Confluence's permission checks. */
public interface PermissionManager {
    boolean hasPermission(User user, Permission permission, Object target);
}
