package io.usercleanup.store.ao;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextListTest {

    @Test
    void encode_shouldStoreNothingForAnEmptyList() {
        assertThat(TextList.encode(List.of())).isNull();
        assertThat(TextList.decode(null)).isEmpty();
        assertThat(TextList.decode("")).isEmpty();
    }

    @Test
    void decode_shouldRoundTripAnyStrings() {
        List<String> entries = List.of("plain", "", " spaced ", "line\nfeed", "carriage\rreturn", "back\\slash",
                "\\n literally", "東京 🚀", "tab\tand,comma;\"quote\"");

        String encoded = TextList.encode(entries);

        assertThat(TextList.decode(encoded)).isEqualTo(entries);
        assertThat(encoded).doesNotContain("\r");
    }

    @Test
    void encode_shouldBeReadableOneEntryPerLine() {
        assertThat(TextList.encode(List.of("a", "b"))).isEqualTo("a\nb\n");
    }

    @Test
    void decode_shouldKeepALastEntryWhoseLineFeedWasTrimmed() {
        assertThat(TextList.decode("a\nb")).containsExactly("a", "b");
    }

    @Test
    void decode_shouldRejectUnknownEscapes() {
        assertThatThrownBy(() -> TextList.decode("a\\x\n")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TextList.decode("a\\")).isInstanceOf(IllegalStateException.class);
    }
}
