package io.usercleanup.core.store;

import io.usercleanup.core.model.CleanupDefinition;

import java.util.List;
import java.util.Optional;

/** Keeps cleanup definitions. */
public interface CleanupStore {

    /** All cleanups, ordered by name. */
    List<CleanupDefinition> findAll();

    Optional<CleanupDefinition> find(long id);

    /** The cleanup with this name, compared case-insensitively. */
    Optional<CleanupDefinition> findByName(String name);

    /** The cleanups that export for the identity provider. */
    List<CleanupDefinition> findByIdp(long idpId);

    /**
     * Saves a new cleanup (its id is ignored) and returns it with its id.
     *
     * @throws DuplicateNameException when another cleanup has its name, however many saves race
     * @throws MissingIdpException    when the identity provider it names does not exist (any more);
     *                                a provider being deleted meanwhile is either still there when
     *                                the save commits or refuses the save
     */
    CleanupDefinition create(CleanupDefinition cleanup);

    /**
     * Replaces the cleanup with the same id; empty when there is none.
     *
     * @throws DuplicateNameException as for {@link #create}
     * @throws MissingIdpException    as for {@link #create}
     */
    Optional<CleanupDefinition> update(CleanupDefinition cleanup);

    /** Deletes it; {@code false} when there was none. Its runs stay. */
    boolean delete(long id);
}
