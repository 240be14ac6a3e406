package io.usercleanup.devhost;

import com.atlassian.confluence.cluster.ClusterManager;
import com.atlassian.confluence.cluster.ClusterNodeInformation;

/**
 * Confluence's cluster manager for the dev host: the node's information when {@code devhost.node}
 * names one, its anonymized identifier being that name; none ({@code null}) otherwise, as on a
 * Confluence that is not clustered.
 */
public final class ConfluenceClusterManager implements ClusterManager {
    private final String nodeId;

    public ConfluenceClusterManager(String nodeId) {
        this.nodeId = nodeId;
    }

    @Override
    public ClusterNodeInformation getThisNodeInformation() {
        if (nodeId == null) {
            return null;
        }
        String id = nodeId;
        return () -> id;
    }
}
