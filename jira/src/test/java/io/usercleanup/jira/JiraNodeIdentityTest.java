package io.usercleanup.jira;

import com.atlassian.jira.cluster.ClusterManager;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class JiraNodeIdentityTest {

    @Test
    void clusteredJira_givesItsNodeId() {
        ClusterManager cluster = mock(ClusterManager.class);
        when(cluster.getNodeId()).thenReturn(" node-2 ");

        assertThat(new JiraNodeIdentity(cluster).nodeId()).isEqualTo("node-2");
    }

    @Test
    void jiraWithoutCluster_isStandalone_atEveryStart() {
        ClusterManager single = mock(ClusterManager.class);

        String first = new JiraNodeIdentity(single).nodeId();
        String second = new JiraNodeIdentity(single).nodeId();

        assertThat(first).isEqualTo("standalone");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void blankNodeId_countsAsNone() {
        ClusterManager cluster = mock(ClusterManager.class);
        when(cluster.getNodeId()).thenReturn("  ");

        assertThat(new JiraNodeIdentity(cluster).nodeId()).isEqualTo(JiraNodeIdentity.STANDALONE);
    }
}
