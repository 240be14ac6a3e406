package io.usercleanup.store.ao;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValuesTest {

    @Test
    void capped_shouldKeepTextThatFits() {
        assertThat(Values.capped(null, 5)).isNull();
        assertThat(Values.capped("12345", 5)).isEqualTo("12345");
    }

    @Test
    void capped_shouldEndCutTextWithAnEllipsis() {
        assertThat(Values.capped("123456", 5)).isEqualTo("1234\u2026");
    }

    @Test
    void capped_shouldNotSplitASurrogatePair() {
        String text = "abc\uD83D\uDE80def";

        String capped = Values.capped(text, 5);

        assertThat(capped).isEqualTo("abc\u2026");
    }

    @Test
    void name_shouldRejectBlankAndOverlongNames() {
        assertThat(Values.name("x".repeat(255), "name")).hasSize(255);
        assertThatThrownBy(() -> Values.name(" ", "name")).hasMessage("name must not be blank");
        assertThatThrownBy(() -> Values.name(null, "name")).hasMessage("name must not be blank");
        assertThatThrownBy(() -> Values.name("x".repeat(256), "group"))
                .hasMessage("group is longer than 255 characters");
    }

    @Test
    void millis_shouldRoundTripMillisecondInstants() {
        Instant instant = Instant.parse("2025-03-01T03:00:00.123Z");

        assertThat(Values.instant(Values.millis(instant))).isEqualTo(instant);
        assertThat(Values.millis(null)).isNull();
        assertThat(Values.instant(null)).isNull();
    }
}
