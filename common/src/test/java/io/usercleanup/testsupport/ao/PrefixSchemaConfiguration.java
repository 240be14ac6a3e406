package io.usercleanup.testsupport.ao;

import net.java.ao.SchemaConfiguration;

import java.util.Locale;

/**
 * Lets Active Objects manage only the tables of one namespace, as the host does. Without it a
 * destructive migration would drop every other table in the database.
 */
final class PrefixSchemaConfiguration implements SchemaConfiguration {

    private final String prefix;

    PrefixSchemaConfiguration(AtlassianTablePrefix prefix) {
        this.prefix = prefix.value();
    }

    @Override
    public boolean shouldManageTable(String tableName, boolean caseSensitive) {
        return caseSensitive
                ? tableName.startsWith(prefix)
                : tableName.toUpperCase(Locale.ENGLISH).startsWith(prefix.toUpperCase(Locale.ENGLISH));
    }
}
