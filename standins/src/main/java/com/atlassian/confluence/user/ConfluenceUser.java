// Stand-in for com.atlassian.confluence:confluence 8.7.2 (API kept in Confluence 9.x), compile-only:
// never packaged, the host application provides the real type at run time. Only the members the
// plugin uses; each with the real descriptor and kind.
package com.atlassian.confluence.user;

import com.atlassian.user.User;

/**
 * Confluence's user. The real interface also extends the internal
 * {@code com.atlassian.confluence.internal.relations.RelatableEntity} and declares {@code getKey()},
 * neither of which the plugin uses.
 */
public interface ConfluenceUser extends User {
}
