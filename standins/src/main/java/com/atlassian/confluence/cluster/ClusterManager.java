// Stand-in for com.atlassian.confluence:confluence 8.7.2 (API kept in Confluence 9.x), compile-only:
// never packaged, the host application provides the real type at run time. Only the members the
// plugin uses; each with the real descriptor and kind.
package com.atlassian.confluence.cluster;

/** Confluence's cluster (the real one extends {@code LockFactory}; only the member the plugin uses). */
public interface ClusterManager {
    /** {@code null} when Confluence is not clustered. */
    ClusterNodeInformation getThisNodeInformation();
}
