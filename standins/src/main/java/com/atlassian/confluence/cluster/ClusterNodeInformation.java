// Stand-in for com.atlassian.confluence:confluence 8.7.2 (API kept in Confluence 9.x), compile-only:
// never packaged, the host application provides the real type at run time. Only the members the
// plugin uses; each with the real descriptor and kind.
package com.atlassian.confluence.cluster;

import java.io.Serializable;

/** One node of a Confluence cluster. */
public interface ClusterNodeInformation extends Serializable {
    /** Never {@code null}; the id Confluence's own cluster code names the node by. */
    String getAnonymizedNodeIdentifier();
}
