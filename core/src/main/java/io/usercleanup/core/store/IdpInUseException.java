package io.usercleanup.core.store;

/**
 * The store refused to delete an identity provider because a cleanup names it (saved since the
 * delete was checked); nothing was deleted.
 */
public class IdpInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IdpInUseException(long idpId) {
        super("Identity provider " + idpId + " is used by a cleanup");
    }
}
