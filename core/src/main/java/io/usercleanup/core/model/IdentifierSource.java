package io.usercleanup.core.model;

/** Which user attribute is written into an identity provider file as the member's identifier. */
public enum IdentifierSource {
    /** The user's email address; the identity provider's user principal name must equal it. */
    EMAIL,
    /** The Jira username, for directories whose usernames are user principal names. */
    USERNAME
}
