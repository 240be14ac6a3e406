package io.usercleanup.testsupport.ao;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcUrlsTest {

    @Test
    void normalise_shouldKeepInMemoryH2DatabasesOpen() {
        assertThat(JdbcUrls.normalise("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1");
        assertThat(JdbcUrls.normalise("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1");
    }

    @Test
    void normalise_shouldKeepMySqlSchemaReadsInTheCurrentDatabase() {
        assertThat(JdbcUrls.normalise("jdbc:mysql://h/test"))
                .isEqualTo("jdbc:mysql://h/test?nullCatalogMeansCurrent=true");
        assertThat(JdbcUrls.normalise("jdbc:mysql://h/test?user=root"))
                .isEqualTo("jdbc:mysql://h/test?user=root&nullCatalogMeansCurrent=true");
        assertThat(JdbcUrls.normalise("jdbc:mysql://h/test?nullCatalogMeansCurrent=true"))
                .isEqualTo("jdbc:mysql://h/test?nullCatalogMeansCurrent=true");
    }

    @Test
    void normalise_shouldLeaveOtherUrlsAlone() {
        assertThat(JdbcUrls.normalise("jdbc:postgresql://h/test?user=postgres"))
                .isEqualTo("jdbc:postgresql://h/test?user=postgres");
    }

    @Test
    void parameter_shouldReadDecodedQueryParameters() {
        String url = "jdbc:postgresql://h/test?user=post%40gres&password=p%26w&ssl=false";

        assertThat(JdbcUrls.parameter(url, "user")).isEqualTo("post@gres");
        assertThat(JdbcUrls.parameter(url, "password")).isEqualTo("p&w");
        assertThat(JdbcUrls.parameter(url, "missing")).isNull();
        assertThat(JdbcUrls.parameter("jdbc:h2:mem:x", "user")).isNull();
    }
}
