// Stand-in for com.atlassian.jira:jira-api:10.3.x, compile-only; never packaged. Only the members
// the plugin calls.
package com.atlassian.jira.cluster;

public interface ClusterManager {

    /** This node's id as configured in cluster.properties; {@code null} when Jira is not clustered. */
    String getNodeId();

    boolean isClustered();
}
