package io.usercleanup.bundle;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every label key of the Jira descriptor is in the i18n file that the common module ships (the
 * templates' and the script's keys: {@code I18nKeysTest} there).
 */
class DescriptorI18nKeysTest {
    private static final Path DESCRIPTOR = Path.of("src", "main", "resources", "atlassian-plugin.xml");
    private static final String BUNDLE = "/i18n/user-cleanup.properties";

    @Test
    void descriptorLabels_exist() throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("<label key=\"([^\"]+)\"").matcher(Files.readString(DESCRIPTOR));
        while (m.find()) {
            used.add(m.group(1));
        }
        Properties properties = new Properties();
        try (InputStream in = DescriptorI18nKeysTest.class.getResourceAsStream(BUNDLE)) {
            assertThat(in).as(BUNDLE + " on the class path (common module)").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(used).isNotEmpty();
        assertThat(properties.stringPropertyNames()).containsAll(used);
    }
}
