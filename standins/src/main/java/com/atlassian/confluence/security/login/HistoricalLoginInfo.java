// Stand-in for com.atlassian.confluence:confluence 8.7.2 (API kept in Confluence 9.x), compile-only:
// never packaged, the host application provides the real type at run time. Only the members the
// plugin uses; each with the real descriptor and kind.
package com.atlassian.confluence.security.login;

import java.util.Date;

/** What Confluence records about a user's logins. */
public interface HistoricalLoginInfo {
    /** {@code null} when no successful login was recorded. */
    Date getLastSuccessfulLoginDate();
}
