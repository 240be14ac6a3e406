package io.usercleanup.core.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The CSV dialect of every file the app writes: RFC 4180 (comma, CRLF line ends, double quotes
 * only where a value needs them), UTF-8 without a byte order mark.
 */
final class Csv {
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .build();

    private Csv() {
    }
}
