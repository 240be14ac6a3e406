package io.usercleanup.jira;

import com.atlassian.jira.cluster.ClusterManager;
import io.usercleanup.core.service.NodeIdentity;

import java.util.Objects;

/**
 * The node's name in run leases: Jira's cluster node id (from {@code cluster.properties}), which
 * administrators recognise, or {@value #STANDALONE} on an instance that is not clustered, where Jira
 * has no node id. Both stay the same across restarts, which recovery at start relies on to know the
 * runs this node left behind; a Jira that is not clustered is the only node of its database, so
 * every run of it is its own.
 */
public class JiraNodeIdentity implements NodeIdentity {
    /** The name of a Jira that is not clustered. */
    public static final String STANDALONE = "standalone";

    private final String nodeId;

    public JiraNodeIdentity(ClusterManager clusterManager) {
        String clusterNodeId = Objects.requireNonNull(clusterManager, "clusterManager").getNodeId();
        this.nodeId = clusterNodeId == null || clusterNodeId.isBlank() ? STANDALONE : clusterNodeId.strip();
    }

    @Override
    public String nodeId() {
        return nodeId;
    }
}
