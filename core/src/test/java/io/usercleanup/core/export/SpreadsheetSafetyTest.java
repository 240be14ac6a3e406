package io.usercleanup.core.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetSafetyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"=1+1|'=1+1", "+1|'+1", "-1|'-1", "@SUM(A1)|'@SUM(A1)", "a=b|a=b", "x-|x-"})
    void formulaStarts_arePrefixed(String value, String expected) {
        assertThat(SpreadsheetSafety.cell(value)).isEqualTo(expected);
    }

    @Test
    void tabAndCarriageReturnStarts_arePrefixed() {
        assertThat(SpreadsheetSafety.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetSafety.cell("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void nullAndEmpty_areEmpty() {
        assertThat(SpreadsheetSafety.cell(null)).isEmpty();
        assertThat(SpreadsheetSafety.cell("")).isEmpty();
    }
}
