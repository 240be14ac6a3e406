package io.usercleanup.core.model;

/**
 * One identity provider file of a run.
 *
 * @param idpId the identity provider
 * @param group the group the file removes members from
 * @param rows  the number of distinct identifiers in it
 */
public record IdpExportSummary(long idpId, String group, long rows) {
}
