package io.usercleanup.core.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportFileNamesTest {

    @Test
    void plainGroup_isGroupDotCsv() {
        assertThat(ExportFileNames.forGroup("jira-software-users")).isEqualTo("jira-software-users.csv");
    }

    @Test
    void unicodeAndSpaces_areKept() {
        assertThat(ExportFileNames.forGroup("Équipe Jira")).isEqualTo("Équipe Jira.csv");
    }

    @Test
    void charactersNoFileSystemAllows_becomeUnderscores() {
        assertThat(ExportFileNames.forGroup("a/b\\c:d*e?f\"g<h>i|j\nk")).isEqualTo("a_b_c_d_e_f_g_h_i_j_k.csv");
    }
}
