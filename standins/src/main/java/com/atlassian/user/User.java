// Stand-in for com.atlassian.user:atlassian-user 3.0 (as Confluence 8.7.2 and 9.x ship it),
// compile-only: never packaged, the host application provides the real type at run time.
package com.atlassian.user;

import java.security.Principal;

/** A user of atlassian-user: a named entity with a full name and an email address. */
public interface User extends Entity, Principal {
    String getFullName();

    String getEmail();
}
