package io.usercleanup.confluence;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SQL text: Confluence's schema in front of every table, its columns, each database's way of limiting rows. */
class ConfluenceTableQueriesTest {
    @Test
    void schema_prefixesEveryTable() {
        String page = new ConfluenceTableQueries("confschema", "PostgreSQL").memberPage(List.of(1L), 0, 5L, true).sql();

        assertThat(page).contains("FROM confschema.cwd_membership g", "JOIN confschema.cwd_user u",
                "JOIN confschema.cwd_directory d", "FROM confschema.logininfo li", "JOIN confschema.user_mapping um",
                "JOIN confschema.cwd_app_dir_mapping sm", "JOIN confschema.cwd_application a")
                .doesNotContain(" cwd_", " logininfo", " user_mapping");
    }

    @Test
    void confluencesColumns_flagsAsTF_userMembershipsByChildUserId_loginsByUserKey() {
        ConfluenceTableQueries queries = new ConfluenceTableQueries(null, "H2");

        assertThat(queries.groupRows(2)).contains("d.active = 'T'", "IN (?, ?)");
        assertThat(queries.sharedUsernames()).contains("d.active = 'T'");
        assertThat(queries.memberPage(List.of(1L), 0, 5L, false).sql())
                .contains("g.parent_id = ? AND g.child_user_id > ? AND g.child_user_id <= ?",
                        "um.lower_username = u.lower_user_name", "li.username = um.user_key", "MAX(li.successdate)")
                .doesNotContain("child_group_id", "NOT EXISTS");
    }

    @Test
    void shadows_followConfluencesApplicationsDirectoryOrder_onlyWhereAsked() {
        String page = new ConfluenceTableQueries(null, "H2").memberPage(List.of(1L), 0, null, true).sql();

        assertThat(page).contains("NOT EXISTS", "a.lower_application_name = 'confluence'",
                "sm.list_index < um2.list_index", "u.id > ?").doesNotContain("u.id <= ?");
    }

    @Test
    void parameters_eachGroupWithTheRange_thenTheRangeForTheUsers() {
        ConfluenceTableQueries queries = new ConfluenceTableQueries(null, "H2");

        assertThat(queries.memberPage(List.of(7L, 8L), 10, 20L, false).parameters())
                .containsExactly(7L, 10L, 20L, 8L, 10L, 20L, 10L, 20L);
        assertThat(queries.memberPage(List.of(7L), 10, null, false).parameters()).containsExactly(7L, 10L, 10L);
    }

    @Test
    void mysqlAndMariaDb_limitRowsWithLimit_everyOtherDatabaseWithTheStandardClause() {
        assertThat(new ConfluenceTableQueries(null, "MySQL").pageEnd(5000)).endsWith("LIMIT 1 OFFSET 4999");
        assertThat(new ConfluenceTableQueries(null, "MariaDB").pageEnd(5000)).endsWith("LIMIT 1 OFFSET 4999");
        assertThat(new ConfluenceTableQueries(" ", "Oracle").pageEnd(1))
                .isEqualTo("SELECT u.id FROM cwd_user u WHERE u.id > ? ORDER BY u.id OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY");
    }

    @Test
    void noGroups_isRefused() {
        assertThatThrownBy(() -> new ConfluenceTableQueries(null, "H2").memberPage(List.of(), 0, null, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfluenceTableQueries(null, "H2").groupRows(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
