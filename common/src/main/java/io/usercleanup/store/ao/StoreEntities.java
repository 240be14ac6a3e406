package io.usercleanup.store.ao;

import net.java.ao.RawEntity;

import java.util.List;

/**
 * The app's Active Objects entities, for the {@code <ao>} module and for migration, and the
 * namespace their table names are derived from.
 */
public final class StoreEntities {

    /**
     * The Active Objects namespace: the plugin key, which is also the bundle symbolic name the host
     * falls back to. Table names are {@code AO_<hash of this>_<TABLE>}, so it must never change.
     */
    public static final String NAMESPACE = "io.usercleanup.user-cleanup";

    private static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(
            IdpEntity.class,
            CleanupEntity.class,
            RunEntity.class,
            RunUserEntity.class,
            RunOutcomeEntity.class,
            RunLeaseEntity.class,
            SettingEntity.class);

    private StoreEntities() {
    }

    /** Every entity class, in a fresh array. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Class<? extends RawEntity<?>>[] all() {
        return ENTITIES.toArray(new Class[0]);
    }
}
