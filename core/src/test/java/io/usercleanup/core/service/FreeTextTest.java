package io.usercleanup.core.service;

import io.usercleanup.core.model.Names;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text as stored: NFC, trimmed, and refused with the first forbidden character named. */
class FreeTextTest {
    @Test
    void normalise_composesAndTrimsSpacesOfEveryKind() {
        assertThat(FreeText.normalise("\u00a0 Cafe\u0301\u3000")).isEqualTo("Caf\u00e9");
        assertThat(Names.key("CAFE\u0301")).isEqualTo(Names.key("caf\u00e9"));
    }

    @Test
    void problem_namesTheCharacterAndWhere() {
        assertThat(FreeText.problem("ok name")).isNull();
        assertThat(FreeText.problem("a\tb")).isEqualTo("Must not contain control characters; it has U+0009"
                + " (CHARACTER TABULATION) at character 2.");
        assertThat(FreeText.problem("x\u0085")).startsWith("Must not contain control characters; it has U+0085");
        assertThat(FreeText.problem("\ufeffx")).startsWith("Must not contain invisible or formatting characters; it has U+FEFF");
        assertThat(FreeText.problem("a\u3164")).startsWith("Must not contain invisible or formatting characters; it has U+3164");
        assertThat(FreeText.problem("a\u2028")).startsWith("Must not contain line breaks; it has U+2028");
        assertThat(FreeText.problem("\ud800")).startsWith("Must not contain characters that are not text; it has U+D800");
        assertThat(FreeText.problem("\ud83d\ude00 ok")).isNull();
    }
}
