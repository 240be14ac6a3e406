package io.usercleanup.core.store;

import io.usercleanup.core.model.IdpConfig;

import java.util.List;
import java.util.Optional;

/** Keeps identity provider configurations. */
public interface IdpStore {

    /** All configurations, ordered by name. */
    List<IdpConfig> findAll();

    Optional<IdpConfig> find(long id);

    /** The configuration with this name, compared case-insensitively. */
    Optional<IdpConfig> findByName(String name);

    /**
     * Saves a new configuration (its id is ignored) and returns it with its id.
     *
     * @throws DuplicateNameException when another configuration has its name, however many saves race
     */
    IdpConfig create(IdpConfig idp);

    /**
     * Replaces the configuration with the same id; empty when there is none.
     *
     * @throws DuplicateNameException as for {@link #create}
     */
    Optional<IdpConfig> update(IdpConfig idp);

    /**
     * Deletes it; {@code false} when there was none.
     *
     * @throws IdpInUseException when a cleanup names it, checked atomically with the delete, so that
     *                           no cleanup is ever left naming a deleted configuration
     */
    boolean delete(long id);
}
