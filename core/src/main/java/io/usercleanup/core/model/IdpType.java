package io.usercleanup.core.model;

/** The kinds of identity provider the app writes removal files for. */
public enum IdpType {
    /** Microsoft Entra ID (formerly Azure AD): per-group bulk "Remove members" CSV files. */
    ENTRA_ID
}
