package io.usercleanup.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The admin journey in headless Chromium over a directory whose every name is markup
 * ({@code fixtures/hostile-names-directory.json}: directories, groups, usernames, display names,
 * emails, and so the failure reasons that name them), with an identity provider and a cleanup
 * named the same way, and 150 more groups. After each step no planted script has run, no alert
 * is open, no element of the markup exists, and the text is shown literally where the name
 * appears. The group pickers (chips) find a group past the first page by typing, each with its
 * own search; saving a cleanup unchanged keeps its targets and exclusions exactly; Show users
 * searches and filters by the names as text; a deleted cleanup's history stays reachable.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileNamesBrowserTest {
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/hostile-names-directory.json",
            Instant.parse("2026-11-23T12:00:00Z"));

    private static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
    private static final String SVG = "\"><svg onload=window.__xss=1>";
    private static final String IDP = "IDP " + IMG + " " + SVG;
    private static final String CLEANUP = "Cleanup " + IMG + " " + SVG;
    private static final String ENTRA_GROUP = "entra " + IMG;
    private static final String LDAP_GROUP = "ldap " + SVG;
    private static final String LOCAL_GROUP = "local <script>window.__xss=1</script>";
    private static final String API = "/rest/user-cleanup/1.0";

    private static Browser browser;
    private static HttpClientForTests http;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = new Browser();
        http = HOST.client();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String url(String path) {
        return HOST.server().baseUrl() + path;
    }

    /** Nothing planted ran or exists as an element, no alert is open, and each text is on the page as text. */
    private static void assertOnlyText(String... planted) {
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.script("return window.__xss")).as("a planted script ran").isNull();
        assertThat(browser.script("return document.querySelectorAll('img[src=\"x\"], svg[onload], [onerror], [onload]').length"
                + " + Array.from(document.scripts).filter(function (s) { return s.text.indexOf('__xss') >= 0; }).length"))
                .as("planted markup became elements").isEqualTo(0L);
        String text = browser.find("body").getText();
        for (String value : planted) {
            assertThat(text).as("shown literally").contains(value);
        }
    }

    /** The row whose data attribute holds the value, compared as a value (the names are not CSS-safe). */
    private static WebElement row(String attribute, String value) {
        String find = "var name = arguments[0], value = arguments[1];"
                + " var rows = Array.from(document.querySelectorAll('tr[' + name + ']'))"
                + ".filter(function (r) { return r.getAttribute(name) === value; });";
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d ->
                Boolean.TRUE.equals(browser.script(find + " return rows.length === 1;", attribute, value)));
        return (WebElement) browser.script(find + " return rows[0];", attribute, value);
    }

    private static String flagText() {
        return browser.waitVisible("#aui-flag-container .aui-flag[aria-hidden='false']").getText();
    }

    private static void closeFlags() {
        browser.script("document.querySelectorAll('#aui-flag-container .aui-flag').forEach(function (f) { f.remove(); });");
    }

    private static JsonNode cleanup() {
        return http.get(API + "/cleanups/1", "admin").json();
    }

    @Test
    @Order(1)
    void createIdentityProvider_withMarkupInItsNameAndItsDirectorysName() {
        browser.driver.get(url("/plugins/servlet/user-cleanup/admin"));
        browser.waitVisible("#login-username").sendKeys("admin");
        browser.find("#login-password").sendKeys("admin");
        browser.find("#login-submit").click();
        browser.waitText("#idp-list", "No identity provider is configured yet.");

        browser.click("#idp-add");
        browser.waitVisible("#idp-dialog #idp-name").sendKeys(IDP);
        assertOnlyText("Entra " + IMG + " (AZURE_AD", "LDAP " + SVG + " (CONNECTOR");
        browser.find("label[for='idp-directory-10000']").click();
        browser.find("#idp-save").click();
        browser.waitHidden("#idp-dialog");

        assertThat(flagText()).contains(IDP);
        assertThat(row("data-idp", IDP).getText()).contains(IDP).contains("Entra " + IMG);
        assertOnlyText(IDP);
        closeFlags();
    }

    @Test
    @Order(2)
    void aRefusedSave_showsTheErrorAsText() {
        browser.click("#idp-add");
        browser.waitVisible("#idp-dialog #idp-name").sendKeys(IDP);
        browser.find("#idp-save").click();
        browser.waitText("#idp-form .error[data-field='name']", "already called");

        assertOnlyText("Another identity provider is already called '" + IDP + "'.");
        browser.find("#idp-dialog .user-cleanup-close").click();
        browser.waitHidden("#idp-dialog");
    }

    @Test
    @Order(3)
    void createCleanup_pickingAGroupPastTheFirst100ByTyping() {
        browser.driver.findElement(By.linkText("Scheduling and Cleanup")).click();
        browser.waitText("#cleanup-list", "No cleanup yet.");
        browser.click("#cleanup-add");
        browser.waitVisible("#cleanup-dialog #cleanup-name").sendKeys(CLEANUP);
        browser.pickGroup("cleanup-groups", ENTRA_GROUP);
        browser.pickGroup("cleanup-groups", LDAP_GROUP);
        browser.pickGroup("cleanup-groups", LOCAL_GROUP);
        assertOnlyText(ENTRA_GROUP, LDAP_GROUP, LOCAL_GROUP);
        assertThat(browser.find("button[aria-label]").isDisplayed()).isTrue();

        // A group past the first page is found by typing; each picker searches on its own.
        browser.pickGroup("cleanup-groups", "team-140");
        browser.pickGroup("cleanup-exclude-groups", "team-145");
        assertThat(browser.chips("cleanup-groups")).containsExactly(ENTRA_GROUP, LDAP_GROUP, LOCAL_GROUP, "team-140");
        assertThat(browser.chips("cleanup-exclude-groups")).containsExactly("team-145");
        browser.find("#cleanup-groups").sendKeys("team-");
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d ->
                browser.find("#cleanup-groups-status").getText().contains("type more of the name"));
        browser.find("#cleanup-groups").sendKeys(Keys.ESCAPE);
        assertThat(browser.find("#cleanup-dialog").isDisplayed()).as("Escape closes the list, not the dialog").isTrue();
        browser.find("#cleanup-groups").clear();
        new Select(browser.find("#cleanup-idp")).selectByVisibleText(IDP);
        assertOnlyText(IDP);
        browser.screenshot("hostile-cleanup-form");
        browser.find("#cleanup-save").click();
        browser.waitHidden("#cleanup-dialog");

        assertThat(flagText()).contains(CLEANUP);
        assertThat(row("data-cleanup", CLEANUP).getText()).contains(CLEANUP).contains(ENTRA_GROUP).contains(IDP);
        assertOnlyText(CLEANUP);
        closeFlags();
        assertThat(cleanup().get("groups")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(ENTRA_GROUP, LDAP_GROUP, LOCAL_GROUP, "team-140");
        assertThat(cleanup().get("excludeGroups")).extracting(JsonNode::asText).containsExactly("team-145");
    }

    @Test
    @Order(4)
    void editingAndSavingUnchanged_keepsTargetsAndExclusionsExactly_evenWhenTheSearchFindsNoneOfThem() {
        JsonNode before = cleanup();
        browser.rowAction(() -> row("data-cleanup", CLEANUP), "cleanup-edit");
        browser.waitVisible("#cleanup-dialog #cleanup-name");
        assertThat(browser.chips("cleanup-groups")).contains("team-140", ENTRA_GROUP);
        assertThat(browser.chips("cleanup-exclude-groups")).containsExactly("team-145");
        assertOnlyText(ENTRA_GROUP, LDAP_GROUP, LOCAL_GROUP);
        browser.find("#cleanup-groups").sendKeys("no-group-starts-like-this");
        browser.waitText("#cleanup-groups-listbox", "No group starts like this.");
        assertThat(browser.chips("cleanup-groups")).hasSize(4);
        browser.find("#cleanup-groups").clear();
        browser.find("#cleanup-save").click();
        browser.waitHidden("#cleanup-dialog");
        closeFlags();

        JsonNode after = cleanup();
        ((ObjectNode) before).remove(List.of("nextRunAt"));
        ((ObjectNode) after).remove(List.of("nextRunAt"));
        assertThat(after).isEqualTo(before);
        assertThat(after.get("groups")).extracting(JsonNode::asText).contains("team-140");
        assertThat(after.get("excludeGroups")).extracting(JsonNode::asText).containsExactly("team-145");
    }

    @Test
    @Order(5)
    void dryRun_thenRunNow_showTheNamesAsText() {
        browser.clickInRow(() -> row("data-cleanup", CLEANUP), ".cleanup-dry-run");
        assertThat(flagText()).contains(CLEANUP);
        browser.waitText("#history-list", "Partly failed");
        assertOnlyText("History of \u201c" + CLEANUP + "\u201d");
        closeFlags();
        browser.click("#history-back");

        browser.rowAction(() -> row("data-cleanup", CLEANUP), "cleanup-run");
        browser.waitVisible("#confirm-yes");
        assertThat(browser.find("#confirm-dialog-title").getText()).contains(CLEANUP);
        assertOnlyText(CLEANUP);
        browser.find("#confirm-yes").click();
        browser.waitHidden("#confirm-dialog");
        assertThat(flagText()).contains(CLEANUP);
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d ->
                d.findElements(By.cssSelector("#history-list tbody tr")).size() == 2
                        && !d.findElement(By.cssSelector("#history-list")).getText().contains("Running"));
        assertThat(browser.find("#history-list tbody tr").getText()).contains("Real run").contains("removed 2")
                .contains("exported 1").contains("failed 1").contains("excluded 1").contains("(took 0 s)");
        assertThat(browser.find("#history-list tbody tr .run-counts").getText()).doesNotContainPattern("[a-z] 0\\b");
        assertOnlyText();
        closeFlags();
    }

    @Test
    @Order(6)
    void showUsers_showsUsernamesNamesEmailsAndFailureReasonsAsText() {
        browser.find("#history-list tbody tr .run-show-users").click();
        browser.waitText("#users-content", "Failed");

        assertOnlyText("entra" + SVG, "Entra " + IMG, "ldap" + IMG, "LDAP " + SVG, "ldap" + SVG + "@example.org",
                "local" + SVG, "Local " + IMG, ENTRA_GROUP, LOCAL_GROUP,
                "the directory 'LDAP " + SVG + "' of group '" + LDAP_GROUP + "' is read-only");
        browser.find("#users-search").sendKeys("ldap<img");
        browser.waitText("#users-page", "Users 1 to 1 of 1");
        assertOnlyText("ldap" + IMG);
        new Select(browser.find("#users-group")).selectByVisibleText(LDAP_GROUP);
        assertOnlyText(LDAP_GROUP);
        browser.find("#users-dialog .user-cleanup-close").click();
        browser.waitHidden("#users-dialog");
    }

    @Test
    @Order(7)
    void exportData_linksAreBuiltFromEncodedParts_andDownload() {
        browser.find("#history-list tbody tr .run-export").click();
        browser.waitVisible("#export-idp");
        assertOnlyText("Download " + ENTRA_GROUP);
        String base = HOST.contextPath() + API + "/runs/2";
        WebElement file = browser.find("#export-idp-files a.idp-file");

        assertThat(file.getDomAttribute("href")).isEqualTo(base + "/idp-exports/"
                + "entra%20%3Cimg%20src%3Dx%20onerror%3D%22window.__xss%3D1%22%3E");
        assertThat(browser.find("#export-report").getDomAttribute("href")).isEqualTo(base + "/export.csv");
        assertThat(browser.find("#export-zip").getDomAttribute("href")).isEqualTo(base + "/idp-exports.zip");
        Object answer = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "var done = arguments[1]; fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                        + " return r.text().then(function (t) { done(r.status + ' ' + t); }); });", file.getDomAttribute("href"));
        assertThat((String) answer).startsWith("200 ").contains("entra@example.com");
        browser.find("#export-dialog .user-cleanup-close").click();
        browser.waitHidden("#export-dialog");
        assertOnlyText();
    }

    @Test
    @Order(8)
    void delete_theCleanupAndTheIdentityProvider_confirmingWithTheirNamesAsText() {
        browser.click("#history-back");
        browser.rowAction(() -> row("data-cleanup", CLEANUP), "cleanup-delete");
        browser.waitVisible("#confirm-yes");
        assertThat(browser.find("#confirm-dialog-text").getText()).contains(CLEANUP);
        assertOnlyText();
        browser.find("#confirm-yes").click();
        browser.waitHidden("#confirm-dialog");
        assertThat(flagText()).contains(CLEANUP);
        browser.waitText("#cleanup-list", "No cleanup yet.");
        assertOnlyText(CLEANUP);
        closeFlags();
        // The deleted cleanup's history stays reachable, its name shown as text.
        browser.waitText("#deleted-cleanups", CLEANUP);
        browser.driver.findElement(By.cssSelector("#deleted-cleanups-list a.deleted-cleanup")).click();
        browser.waitText("#history-list", "Real run");
        assertOnlyText("History of \u201c" + CLEANUP + "\u201d");

        browser.driver.findElement(By.linkText("Identity providers")).click();
        browser.clickInRow(() -> row("data-idp", IDP), ".idp-delete");
        browser.waitVisible("#confirm-yes");
        assertThat(browser.find("#confirm-dialog-text").getText()).contains(IDP);
        browser.find("#confirm-yes").click();
        browser.waitHidden("#confirm-dialog");
        assertThat(flagText()).contains(IDP);
        browser.waitText("#idp-list", "No identity provider is configured yet.");
        assertOnlyText(IDP);
        assertThat(browser.consoleErrors()).allMatch(e -> e.contains("400"));
    }
}
