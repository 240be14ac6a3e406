// Compile-only stand-in mirroring com.atlassian.sal:sal-api 5.1.4 (Confluence 8.7.2).
// Never packaged: the host provides the real type.
package com.atlassian.sal.api.rdbms;

import java.sql.Connection;

/** Work on a connection the executor lends; the connection must not be kept or closed. */
@FunctionalInterface
public interface ConnectionCallback<A> {

    A execute(Connection connection);
}
