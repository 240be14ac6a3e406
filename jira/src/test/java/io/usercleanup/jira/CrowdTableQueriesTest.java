package io.usercleanup.jira;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SQL text: Jira's schema in front of every table, each database's way of limiting rows. */
class CrowdTableQueriesTest {
    @Test
    void schema_prefixesEveryTable() {
        CrowdTableQueries queries = new CrowdTableQueries("jiraschema", "POSTGRES");

        assertThat(queries.memberPage(2, false, true))
                .contains("FROM jiraschema.cwd_membership g", "JOIN jiraschema.cwd_user u",
                        "JOIN jiraschema.cwd_directory d", "FROM jiraschema.cwd_user_attributes a",
                        "FROM jiraschema.cwd_user s")
                .doesNotContain(" cwd_");
        assertThat(queries.groupRows(3)).contains("FROM jiraschema.cwd_group g", "IN (?, ?, ?)");
    }

    @Test
    void noSchema_orABlankOne_leavesTablesUnqualified() {
        assertThat(new CrowdTableQueries(null, "H2").pageEnd(10)).contains("FROM cwd_user u");
        assertThat(new CrowdTableQueries(" ", "H2").pageEnd(10)).contains("FROM cwd_user u");
    }

    @Test
    void mysql_limitsRowsWithLimit_everyOtherDatabaseWithTheStandardClause() {
        assertThat(new CrowdTableQueries(null, "MY_SQL").pageEnd(5000)).endsWith("ORDER BY u.id LIMIT 1 OFFSET 4999");
        assertThat(new CrowdTableQueries(null, "POSTGRES").pageEnd(5000))
                .endsWith("ORDER BY u.id OFFSET 4999 ROWS FETCH NEXT 1 ROWS ONLY");
        assertThat(new CrowdTableQueries(null, "SQL_SERVER").pageEnd(1))
                .endsWith("ORDER BY u.id OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY");
    }

    @Test
    void lastPage_isOpenEnded_andTheShadowCheckOnlyWhereAsked() {
        CrowdTableQueries queries = new CrowdTableQueries(null, "H2");

        assertThat(queries.memberPage(1, true, false)).contains("u.id > ?").doesNotContain("u.id <= ?")
                .doesNotContain("NOT EXISTS");
        assertThat(queries.memberPage(1, false, true)).contains("u.id > ? AND u.id <= ?", "NOT EXISTS",
                "sd.directory_position < d.directory_position");
    }

    @Test
    void eachGroup_getsABranchOfItsOwn_withTheRange() {
        String page = new CrowdTableQueries(null, "H2").memberPage(3, false, false);

        assertThat(page.split("UNION ALL", -1)).hasSize(3);
        assertThat(page).contains("g.parent_id = ? AND g.child_id > ? AND g.child_id <= ?");
    }

    @Test
    void lastLogin_thatIsNotANumber_countsAsNone_spacesAroundOneAreFine() {
        assertThat(CrowdTableQueries.lastLogin("soon")).isNull();
        assertThat(CrowdTableQueries.lastLogin(" 1000 ")).isEqualTo(java.time.Instant.ofEpochMilli(1000));
        assertThat(CrowdTableQueries.lastLogin(null)).isNull();
    }

    @Test
    void pageParameters_eachGroupWithTheRange_thenTheRangeForLoginsAndUsers() {
        CrowdTableQueries queries = new CrowdTableQueries(null, "H2");

        assertThat(queries.memberPage(java.util.List.of(5L, 6L), 10, 20L, false).parameters())
                .containsExactly(5L, 10L, 20L, 6L, 10L, 20L, 10L, 20L, 10L, 20L);
        assertThat(queries.memberPage(java.util.List.of(5L), 10, null, false).parameters())
                .containsExactly(5L, 10L, 10L, 10L);
    }

    @Test
    void noGroups_isRefused() {
        assertThatThrownBy(() -> new CrowdTableQueries(null, "H2").groupRows(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CrowdTableQueries(null, "H2").memberPage(0, true, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
