package io.usercleanup.core.store;

/**
 * The store refused a cleanup because the identity provider it names no longer exists (deleted
 * since the cleanup was validated); nothing was saved.
 */
public class MissingIdpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long idpId;

    public MissingIdpException(long idpId) {
        super("There is no identity provider " + idpId);
        this.idpId = idpId;
    }

    public long idpId() {
        return idpId;
    }
}
