package io.usercleanup.core.store;

/**
 * The store refused a definition because another one already has its name (compared by
 * {@link io.usercleanup.core.model.Names#definitionKey}); nothing was saved. The database decides,
 * so this holds however many requests save at once.
 */
public class DuplicateNameException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DuplicateNameException(String name, Throwable cause) {
        super("The name '" + name + "' is taken", cause);
    }
}
