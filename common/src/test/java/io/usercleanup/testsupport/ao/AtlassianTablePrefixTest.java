package io.usercleanup.testsupport.ao;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AtlassianTablePrefixTest {

    @Test
    void prefix_shouldMatchTablesTheHostCreatedForKnownPlugins() {
        // Jira Software's tables are AO_60DB71_*, Jira's development integration's AO_575BF5_*.
        assertThat(new AtlassianTablePrefix("com.pyxis.greenhopper.jira").value()).isEqualTo("AO_60DB71_");
        assertThat(new AtlassianTablePrefix("com.atlassian.jira.plugins.jira-development-integration-plugin").value())
                .isEqualTo("AO_575BF5_");
    }

    @Test
    void prepend_shouldPutThePrefixBeforeTheTableName() {
        assertThat(new AtlassianTablePrefix("io.usercleanup.user-cleanup").prepend("RUN")).isEqualTo("AO_5234D6_RUN");
    }
}
