package io.usercleanup.confluence;

import com.atlassian.confluence.cluster.ClusterManager;
import com.atlassian.confluence.cluster.ClusterNodeInformation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The node's name in run leases. */
class ConfluenceNodeIdentityTest {
    private final ClusterManager clusterManager = mock(ClusterManager.class);

    @Test
    void aClusteredNode_isNamedByConfluencesNodeIdentifier() {
        ClusterNodeInformation node = mock(ClusterNodeInformation.class);
        when(node.getAnonymizedNodeIdentifier()).thenReturn(" 4f2a9c1e ");
        when(clusterManager.getThisNodeInformation()).thenReturn(node);

        assertThat(new ConfluenceNodeIdentity(clusterManager).nodeId()).isEqualTo("4f2a9c1e");
    }

    @Test
    void aConfluenceThatIsNotClustered_isStandalone() {
        assertThat(new ConfluenceNodeIdentity(clusterManager).nodeId()).isEqualTo("standalone");
    }

    @Test
    void aBlankIdentifier_isStandalone() {
        ClusterNodeInformation node = mock(ClusterNodeInformation.class);
        when(node.getAnonymizedNodeIdentifier()).thenReturn(" ");
        when(clusterManager.getThisNodeInformation()).thenReturn(node);

        assertThat(new ConfluenceNodeIdentity(clusterManager).nodeId()).isEqualTo("standalone");
    }
}
