// Stand-in for com.atlassian.user:atlassian-user 3.0 (as Confluence 8.7.2 and 9.x ship it),
// compile-only: never packaged, the host application provides the real type at run time.
package com.atlassian.user;

/** A group of atlassian-user (no members of its own beyond the name). */
public interface Group extends Entity {
}
