package io.usercleanup.devhost;

import com.atlassian.jira.cluster.ClusterManager;

/**
 * Jira's cluster manager for the dev host: a node id when {@code devhost.node} names one (as a
 * clustered Jira's {@code cluster.properties} does), otherwise a single node that is not clustered
 * and has no node id, as a Jira Server or one-node Data Center without clustering has.
 */
public final class DevHostClusterManager implements ClusterManager {
    private final String nodeId;

    /** @param nodeId the node id, or {@code null} for an instance that is not clustered */
    public DevHostClusterManager(String nodeId) {
        this.nodeId = nodeId;
    }

    @Override
    public String getNodeId() {
        return nodeId;
    }

    @Override
    public boolean isClustered() {
        return nodeId != null;
    }
}
