package io.usercleanup.core.store;

import io.usercleanup.core.model.AppSettings;

/** Keeps the app's settings in the database the cluster shares. */
public interface SettingsStore {

    /** The stored settings; {@link AppSettings#DEFAULTS} for what was never saved. */
    AppSettings load();

    /** Stores the settings and returns them as stored. */
    AppSettings save(AppSettings settings);
}
