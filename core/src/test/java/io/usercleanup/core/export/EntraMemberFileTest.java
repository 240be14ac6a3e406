package io.usercleanup.core.export;

import io.usercleanup.core.model.CsvTemplate;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class EntraMemberFileTest {

    private static byte[] write(EntraMemberFile file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.writeTo(out);
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void currentTemplate_startsWithTheHeader_thenSortedIdentifiers_withCrlf() throws IOException {
        EntraMemberFile file = new EntraMemberFile(CsvTemplate.CURRENT);
        file.add("joseph@contoso.com");
        file.add("alain@contoso.com");
        file.add("isabella@contoso.com");

        assertThat(write(file)).isEqualTo(ascii(
                "Member object ID or user principal name [memberObjectIdOrUpn] Required\r\n"
                        + "alain@contoso.com\r\n"
                        + "isabella@contoso.com\r\n"
                        + "joseph@contoso.com\r\n"));
        assertThat(file.rows()).isEqualTo(3);
    }

    @Test
    void legacyTemplate_startsWithTheVersionLine() throws IOException {
        EntraMemberFile file = new EntraMemberFile(CsvTemplate.LEGACY_V1);
        file.add("alain@contoso.com");

        assertThat(write(file)).isEqualTo(ascii(
                "version:v1.0\r\n"
                        + "Member object ID or user principal name [memberObjectIdOrUpn] Required\r\n"
                        + "alain@contoso.com\r\n"));
    }

    @Test
    void duplicatesInOtherCase_areWrittenOnce_keepingTheFirstSpellingInCodePointOrder() throws IOException {
        EntraMemberFile file = new EntraMemberFile(CsvTemplate.CURRENT);
        file.add("bob@example.com");
        file.add("Alice@Example.com");
        file.add("alice@example.com");
        file.add("BOB@EXAMPLE.COM");
        file.add("bob@example.com");

        assertThat(new String(write(file), StandardCharsets.UTF_8)).isEqualTo(
                EntraMemberFile.HEADER + "\r\nAlice@Example.com\r\nBOB@EXAMPLE.COM\r\n");
        assertThat(file.rows()).isEqualTo(2);
    }

    @Test
    void order_ignoresCase() throws IOException {
        EntraMemberFile file = new EntraMemberFile(CsvTemplate.CURRENT);
        file.add("Zed@example.com");
        file.add("adam@example.com");
        file.add("Mia@example.com");

        assertThat(new String(write(file), StandardCharsets.UTF_8)).isEqualTo(
                EntraMemberFile.HEADER + "\r\nadam@example.com\r\nMia@example.com\r\nZed@example.com\r\n");
    }

    @Test
    void nonAscii_isUtf8WithoutByteOrderMark() throws IOException {
        EntraMemberFile file = new EntraMemberFile(CsvTemplate.CURRENT);
        file.add("jörg@exämple.com");

        byte[] bytes = write(file);

        assertThat(bytes[0]).isEqualTo((byte) 'M');
        assertThat(bytes).endsWith(new byte[] {'j', (byte) 0xC3, (byte) 0xB6, 'r', 'g', '@', 'e', 'x', (byte) 0xC3,
            (byte) 0xA4, 'm', 'p', 'l', 'e', '.', 'c', 'o', 'm', '\r', '\n'});
    }

    @Test
    void valueWithACommaOrQuote_isQuoted_andNothingElseIs() throws IOException {
        EntraMemberFile file = new EntraMemberFile(CsvTemplate.CURRENT);
        file.add("\"smith,j\"@example.com");
        file.add("plain@example.com");

        assertThat(new String(write(file), StandardCharsets.UTF_8)).isEqualTo(
                EntraMemberFile.HEADER + "\r\n\"\"\"smith,j\"\"@example.com\"\r\nplain@example.com\r\n");
    }

    @Test
    void emptyFile_isJustTheTemplateLines() throws IOException {
        assertThat(write(new EntraMemberFile(CsvTemplate.CURRENT))).isEqualTo(ascii(EntraMemberFile.HEADER + "\r\n"));
        assertThat(new EntraMemberFile(CsvTemplate.CURRENT).rows()).isZero();
    }
}
