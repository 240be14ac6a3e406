package io.usercleanup.core.service;

/** The name of this node of the cluster, as leases record it. */
@FunctionalInterface
public interface NodeIdentity {

    /** Never {@code null} or blank. */
    String nodeId();
}
