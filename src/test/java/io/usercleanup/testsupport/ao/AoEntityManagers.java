package io.usercleanup.testsupport.ao;

import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * Builds Active Objects {@link EntityManager}s named the way the host names a plugin's schema:
 * Atlassian's converters (upper-case, underscored, length-checked names) under the namespace's
 * {@link AtlassianTablePrefix}, managing only that prefix's tables.
 */
public final class AoEntityManagers {

    private AoEntityManagers() {
    }

    /**
     * An entity manager for the database. Each operation outside a transaction opens its own
     * connection, so an in-memory H2 URL must keep its database open between connections
     * ({@link JdbcUrls#normalise} sees to that).
     */
    public static EntityManager create(String jdbcUrl, String user, String password, String namespace) {
        AtlassianTablePrefix prefix = new AtlassianTablePrefix(namespace);
        return EntityManagerBuilder.url(JdbcUrls.normalise(jdbcUrl))
                .username(user == null ? "" : user)
                .password(password == null ? "" : password)
                .none()
                .tableNameConverter(new AtlassianTableNameConverter(prefix))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .schemaConfiguration(new PrefixSchemaConfiguration(prefix))
                .build();
    }
}
