package io.usercleanup.web;

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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every string key the templates and the page scripts use is in the i18n file (the descriptor's labels:
 * {@code DescriptorI18nKeysTest} in the Jira plugin module).
 */
class I18nKeysTest {
    private static final Path RESOURCES = Path.of("src", "main", "resources");

    /** Every page script's text, one after the other (the modules of js/). */
    private static String scripts() throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES.resolve("js"))) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).sorted().toList()) {
                text.append(Files.readString(file)).append('\n');
            }
            return text.toString();
        }
    }

    private static Set<String> keysIn(Path file, Pattern pattern) throws IOException {
        return keysIn(Files.readString(file), pattern);
    }

    private static Set<String> keysIn(String text, Pattern pattern) {
        Set<String> keys = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve("i18n/user-cleanup.properties"))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void templateKeys_exist() throws IOException {
        Set<String> used = keysIn(RESOURCES.resolve("templates/admin.soy"), Pattern.compile("\\$i18n\\['([^']+)'\\]"));

        assertThat(used).hasSizeGreaterThan(50);
        assertThat(bundle().stringPropertyNames()).containsAll(used);
    }

    @Test
    void scriptKeys_exist_includingTheOnesBuiltFromEnumValues() throws IOException {
        String script = scripts();
        Set<String> used = keysIn(script, Pattern.compile("t\\('(user-cleanup\\.[a-z0-9.-]*[a-z0-9])'"));
        Set<String> prefixes = keysIn(script, Pattern.compile("t\\('(user-cleanup\\.[a-z0-9.-]+\\.)' \\+"));
        Set<String> keys = bundle().stringPropertyNames();

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(keys).containsAll(used);
        assertThat(prefixes).isNotEmpty().allSatisfy(prefix ->
                assertThat(keys).anyMatch(k -> k.startsWith(prefix)));
        for (String outcome : new String[] {"REMOVED", "WOULD_REMOVE", "DEACTIVATED", "WOULD_DEACTIVATE", "EXPORTED",
            "NO_IDENTIFIER", "FAILED", "REPORTED"}) {
            assertThat(keys).contains("user-cleanup.outcome." + outcome);
        }
        for (String status : new String[] {"RUNNING", "SUCCEEDED", "PARTIAL", "FAILED", "ABANDONED"}) {
            assertThat(keys).contains("user-cleanup.history.status." + status);
        }
    }

    @Test
    void everyCountOfARun_hasItsHistoryLabel() throws IOException {
        Set<String> keys = bundle().stringPropertyNames();
        String script = scripts();

        assertThat(io.usercleanup.core.model.RunCounts.class.getRecordComponents()).hasSize(10).allSatisfy(count -> {
            assertThat(keys).contains("user-cleanup.history.count." + count.getName());
            assertThat(script).contains("'" + count.getName() + "'");
        });
    }

    @Test
    void noValue_isEmpty_orUsesMessageFormatQuoting() throws IOException {
        Properties bundle = bundle();

        assertThat(bundle.stringPropertyNames()).allSatisfy(key -> {
            assertThat(bundle.getProperty(key)).as(key).isNotBlank().doesNotContain("''");
        });
    }
}
