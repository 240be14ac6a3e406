// Stand-in for com.atlassian.user:atlassian-user 3.0 (as Confluence 8.7.2 and 9.x ship it),
// compile-only: never packaged, the host application provides the real type at run time.
package com.atlassian.user;

import java.io.Serializable;

/** A named user or group of atlassian-user. */
public interface Entity extends Serializable {
    String getName();
}
