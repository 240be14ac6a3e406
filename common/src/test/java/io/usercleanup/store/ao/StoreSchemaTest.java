package io.usercleanup.store.ao;

import io.usercleanup.testsupport.ao.AoDatabase;
import io.usercleanup.testsupport.ao.AoDatabasesExtension;
import net.java.ao.RawEntity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class StoreSchemaTest {

    @RegisterExtension
    static final AoDatabasesExtension DATABASES = StoreFixtures.databases();

    /** MD5 of {@value StoreEntities#NAMESPACE} ends in 5234d6. */
    private static final String PREFIX = "AO_5234D6_";

    @TestTemplate
    void tables_shouldBeNamedByTheNamespacePrefixAndTheShortTableName(AoDatabase database) {
        for (Class<? extends RawEntity<?>> entity : StoreEntities.all()) {
            String table = database.tableName(entity);

            assertThat(table).isEqualTo(PREFIX + entity.getAnnotation(Table.class).value());
            assertThat(database.activeObjects().moduleMetaData().isTablePresent(entity)).as(table).isTrue();
        }
    }

    @TestTemplate
    void columns_shouldBeUpperCaseAndMatchTheDeclaredConstants(AoDatabase database) throws SQLException {
        for (Class<? extends RawEntity<?>> entity : StoreEntities.all()) {
            Set<String> columns = columns(database, database.tableName(entity));

            assertThat(columns).as(entity.getSimpleName()).allSatisfy(column -> assertThat(column).isUpperCase());
            assertThat(columns).as(entity.getSimpleName()).isEqualTo(declaredColumns(entity));
        }
    }

    /**
     * Every declared index is in the database with its columns in the declared order: the order
     * is what lets a query on the leading columns read just its range (the pending rows of a run,
     * a page of its users), so an index with the right columns in another order would not do.
     */
    @TestTemplate
    void indexes_shouldExistWithTheirColumnsInTheDeclaredOrder(AoDatabase database) throws SQLException {
        for (Class<? extends RawEntity<?>> entity : StoreEntities.all()) {
            Indexes declared = entity.getAnnotation(Indexes.class);
            if (declared == null) {
                continue;
            }
            List<List<String>> actual = indexColumns(database, database.tableName(entity));
            for (Index index : declared.value()) {
                List<String> columns = new ArrayList<>();
                for (String method : index.methodNames()) {
                    columns.add(columnOf(database, entity, method));
                }
                assertThat(actual).as(entity.getSimpleName() + " index " + index.name()).contains(columns);
            }
        }
    }

    @TestTemplate
    void pendingIndexes_shouldLeadWithTheRunThenThePendingFlag(AoDatabase database) throws SQLException {
        assertThat(indexColumns(database, database.tableName(RunUserEntity.class)))
                .contains(List.of(RunUserEntity.RUN_ID, RunUserEntity.PENDING));
        assertThat(indexColumns(database, database.tableName(RunOutcomeEntity.class)))
                .contains(List.of(RunOutcomeEntity.RUN_ID, RunOutcomeEntity.PENDING));
    }

    @TestTemplate
    void tableNames_shouldFitTheHostsThirtyCharacterLimit(AoDatabase database) {
        for (Class<? extends RawEntity<?>> entity : StoreEntities.all()) {
            assertThat(database.tableName(entity)).hasSizeLessThanOrEqualTo(30);
        }
    }

    @TestTemplate
    void entities_shouldStayUsableWhereActiveObjectsReadsTheirKeyReflectively(AoDatabase database) {
        // given: package-private entities, whose key getter Active Objects invokes from its own package
        var ao = database.activeObjects();
        long id = new AoIdpStore(ao).create(StoreFixtures.entraIdp("Entra")).id();
        IdpEntity first = ao.find(IdpEntity.class, "ID = ?", id)[0];
        IdpEntity second = ao.find(IdpEntity.class, "ID = ?", id)[0];

        // when / then
        assertThat(first).isEqualTo(second);
        ao.delete(first);
        assertThat(ao.count(IdpEntity.class)).isZero();
    }

    private static Set<String> columns(AoDatabase database, String table) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Connection connection = database.entityManager().getProvider().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet rows = metaData.getColumns(connection.getCatalog(),
                    database.entityManager().getProvider().getSchema(), table, null)) {
                while (rows.next()) {
                    columns.add(rows.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }

    /** The column lists of the table's indexes, each in its index's order, the primary key left out. */
    private static List<List<String>> indexColumns(AoDatabase database, String table) throws SQLException {
        Map<String, TreeMap<Integer, String>> byIndex = new HashMap<>();
        try (Connection connection = database.entityManager().getProvider().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet rows = metaData.getIndexInfo(connection.getCatalog(),
                    database.entityManager().getProvider().getSchema(), table, false, false)) {
                while (rows.next()) {
                    String column = rows.getString("COLUMN_NAME");
                    if (column != null) {
                        byIndex.computeIfAbsent(rows.getString("INDEX_NAME"), name -> new TreeMap<>())
                                .put((int) rows.getShort("ORDINAL_POSITION"), column.toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        List<List<String>> indexes = new ArrayList<>();
        byIndex.values().forEach(columns -> indexes.add(List.copyOf(columns.values())));
        return indexes;
    }

    private static String columnOf(AoDatabase database, Class<?> entity, String method) {
        try {
            return database.entityManager().getFieldNameConverter().getName(entity.getMethod(method));
        } catch (NoSuchMethodException e) {
            throw new AssertionError(entity.getSimpleName() + " declares an index on " + method + ", which it lacks", e);
        }
    }

    /** The values of the entity's String constants, less the table name. */
    private static Set<String> declaredColumns(Class<?> entity) {
        Set<String> columns = new TreeSet<>();
        for (Field field : entity.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().equals("TABLE")) {
                try {
                    columns.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return columns;
    }
}
