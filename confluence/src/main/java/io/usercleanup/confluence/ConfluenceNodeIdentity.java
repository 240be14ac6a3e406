package io.usercleanup.confluence;

import com.atlassian.confluence.cluster.ClusterManager;
import com.atlassian.confluence.cluster.ClusterNodeInformation;
import io.usercleanup.core.service.NodeIdentity;

import java.util.Objects;

/**
 * The node's name in run leases: the identifier Confluence's own cluster code names a node by
 * ({@code ClusterNodeInformation.getAnonymizedNodeIdentifier()}), or {@value #STANDALONE} on a
 * Confluence that is not clustered, where Confluence has no node information. A Confluence that is
 * not clustered is the only node of its database, so every run of it is its own.
 */
public class ConfluenceNodeIdentity implements NodeIdentity {
    /** The name of a Confluence that is not clustered. */
    public static final String STANDALONE = "standalone";

    private final String nodeId;

    public ConfluenceNodeIdentity(ClusterManager clusterManager) {
        ClusterNodeInformation node = Objects.requireNonNull(clusterManager, "clusterManager").getThisNodeInformation();
        String id = node == null ? null : node.getAnonymizedNodeIdentifier();
        this.nodeId = id == null || id.isBlank() ? STANDALONE : id.strip();
    }

    @Override
    public String nodeId() {
        return nodeId;
    }
}
