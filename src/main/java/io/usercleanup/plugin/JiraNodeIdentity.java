package io.usercleanup.plugin;

import com.atlassian.jira.cluster.ClusterManager;
import io.usercleanup.core.service.NodeIdentity;

import java.util.Objects;
import java.util.UUID;

/**
 * The node's name in run leases: Jira's cluster node id (from {@code cluster.properties}), which
 * administrators recognise, or on an instance that is not clustered, where Jira has no node id,
 * {@code standalone-} and an id made when the plugin starts.
 */
public class JiraNodeIdentity implements NodeIdentity {
    private final String nodeId;

    public JiraNodeIdentity(ClusterManager clusterManager) {
        String clusterNodeId = Objects.requireNonNull(clusterManager, "clusterManager").getNodeId();
        this.nodeId = clusterNodeId == null || clusterNodeId.isBlank()
                ? "standalone-" + UUID.randomUUID().toString().substring(0, 8)
                : clusterNodeId.strip();
    }

    @Override
    public String nodeId() {
        return nodeId;
    }
}
