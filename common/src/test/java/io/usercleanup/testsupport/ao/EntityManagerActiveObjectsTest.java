package io.usercleanup.testsupport.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.spi.DatabaseType;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityManagerActiveObjectsTest {

    @RegisterExtension
    static final AoDatabasesExtension DATABASES = new AoDatabasesExtension("io.usercleanup.harness-test", Note.class);

    /** A table for these tests only. */
    @Table("NOTE")
    public interface Note extends Entity {
        /** The text. */
        @NotNull
        String getText();
    }

    @TestTemplate
    void executeInTransaction_shouldCommitWhenTheCallbackReturns(ActiveObjects ao) {
        String result = ao.executeInTransaction(() -> {
            ao.create(Note.class, List.of(Map.of("TEXT", "one"), Map.of("TEXT", "two")));
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(ao.count(Note.class)).isEqualTo(2);
    }

    @TestTemplate
    void executeInTransaction_shouldRollBackWhenTheCallbackThrows(ActiveObjects ao) {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.create(Note.class, Map.of("TEXT", "written"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(ao.count(Note.class)).isZero();
    }

    @TestTemplate
    void executeInTransaction_shouldJoinAnOuterTransaction(ActiveObjects ao) {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.executeInTransaction(() -> ao.create(Note.class, Map.of("TEXT", "inner")));
            throw new IllegalStateException("outer fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ao.count(Note.class)).isZero();
        assertThat(ao.executeInTransaction(() -> ao.create(Note.class, Map.of("TEXT", "after")).getText()))
                .isEqualTo("after");
    }

    @TestTemplate
    void operations_shouldWorkOutsideTransactions(ActiveObjects ao) {
        Note note = ao.create(Note.class, Map.of("TEXT", "auto-committed"));

        assertThat(ao.find(Note.class, "TEXT = ?", "auto-committed")).extracting(Note::getID).containsExactly(note.getID());
        assertThat(ao.deleteWithSQL(Note.class, "ID = ?", note.getID())).isEqualTo(1);
        assertThat(ao.count(Note.class)).isZero();
    }

    @TestTemplate
    void moduleMetaData_shouldDescribeTheDatabase(AoDatabase database) {
        var metaData = database.activeObjects().moduleMetaData();

        assertThat(metaData.isInitialized()).isTrue();
        assertThat(metaData.getDatabaseType()).isIn(DatabaseType.H2, DatabaseType.POSTGRESQL, DatabaseType.MYSQL);
        assertThat(metaData.isTablePresent(Note.class)).isTrue();
        assertThat(database.tableName(Note.class)).startsWith("AO_").endsWith("_NOTE");
    }
}
