package io.usercleanup.web;

import io.usercleanup.testsupport.soy.SoyTemplates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plugin's Soy templates compile with Closure Templates 2012-12-21 (a template error fails
 * the build here) and render the pages' skeletons.
 */
class SoyTemplatesTest {
    private static SoyTemplates templates;
    private static Map<String, String> strings;

    @BeforeAll
    static void compile() throws IOException {
        templates = SoyTemplates.compile(List.of(SoyTemplatesTest.class.getResource("/templates/admin.soy")));
        Properties properties = new Properties();
        try (InputStream in = SoyTemplatesTest.class.getResourceAsStream("/i18n/user-cleanup.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        strings = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> strings.put(k, properties.getProperty(k)));
    }

    private static Map<String, Object> data() {
        return Map.of("i18n", strings, "i18nJson", "{\"a\":\"<b>\"}", "restBase", "/jira/rest/user-cleanup/1.0",
                "contextPath", "/jira");
    }

    @Test
    void configurationPage_isDecoratedAsAnAdminPage_withItsDataForTheScript() {
        String html = templates.render("UserCleanup.Admin.configurationPage", data());

        assertThat(html).contains("<meta name=\"decorator\" content=\"atl.admin\">")
                .contains("<title>User Cleanup: identity providers</title>")
                .contains("data-rest-base=\"/jira/rest/user-cleanup/1.0\"")
                .contains("data-i18n=\"{&quot;a&quot;:&quot;&lt;b&gt;&quot;}\"")
                .contains("<label for=\"idp-provisioning\">Is user provisioning enabled?</label>")
                .contains("href=\"/jira/plugins/servlet/user-cleanup/cleanups\"");
    }

    @Test
    void cleanupsPage_hasTheFormHistoryAndExportDialog() {
        String html = templates.render("UserCleanup.Admin.cleanupsPage", data());

        assertThat(html).contains("id=\"cleanup-form\"").contains("id=\"history\"").contains("id=\"export-dialog\"")
                .contains(">Identity provider exports<").contains("Microsoft Entra ID action");
    }

    @Test
    void everyValueOfBothPages_isEscaped_andNoTemplateTurnsEscapingOff() throws IOException {
        Map<String, String> hostile = new TreeMap<>(strings);
        hostile.replaceAll((key, value) -> value + "<img src=x onerror=\"window.__xss=1\">");
        Map<String, Object> data = Map.of("i18n", hostile, "i18nJson", "</div><script>window.__xss=1</script>",
                "restBase", "\"><svg onload=window.__xss=1>", "contextPath", "'><svg onload=window.__xss=1>");

        for (String page : List.of("UserCleanup.Admin.configurationPage", "UserCleanup.Admin.cleanupsPage")) {
            String html = templates.render(page, data);
            assertThat(html).as(page).doesNotContain("<img src=x").doesNotContain("<svg").doesNotContain("<script>")
                    .contains("&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;")
                    .contains("data-rest-base=\"&quot;&gt;&lt;svg onload=window.__xss=1&gt;\"");
        }
        String source = Files.readString(Path.of("src", "main", "resources", "templates", "admin.soy"));
        assertThat(source).doesNotContain("noAutoescape").doesNotContain("autoescape=\"false\"")
                .doesNotContainPattern("\\|\\s*id\\b");
    }

    @Test
    void aBrokenTemplate_isRefusedWithSoysReason(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.soy");
        Files.writeString(broken, "{namespace Broken}\n/** @param x */\n{template .page}<p>{$x</p>{/template}\n");
        URL url = broken.toUri().toURL();

        assertThatThrownBy(() -> SoyTemplates.compile(List.of(url))).hasMessageContaining("broken.soy");
    }
}
