package io.usercleanup.web.browser;

import io.usercleanup.devhost.http.DevHostExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole admin journey in headless Chromium against the dev host: log in, configure the Entra
 * ID identity provider, create a cleanup with the group pickers' chips from the keyboard and a
 * schedule told in plain language in its time zone (seeing the validation error of a bad cron),
 * dry run, Run now (asked with the dry run's counts and a verb), History, Show users (search,
 * filters, sorting), Export data (dry runs marked), the warnings before saving, and download one
 * group's file. Each page is saved as a
 * screenshot under {@code target/screenshots/}; no page may log a console error, every input
 * must have a label, axe-core must find no serious or critical violation, and the dialogs must
 * work from the keyboard.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminJourneyBrowserTest {
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/contract-directory.json",
            Instant.parse("2026-11-23T12:00:00Z"));

    private static Browser browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = new Browser();
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

    @SuppressWarnings("unchecked")
    private static List<String> unlabelledInputs() {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll('input, select, textarea'))"
                + ".filter(function (e) { return e.type !== 'hidden' && !((e.labels && e.labels.length) "
                + "|| e.getAttribute('aria-label') || e.getAttribute('aria-labelledby')); })"
                + ".map(function (e) { return e.id || e.name || e.outerHTML.slice(0, 80); });");
    }

    @Test
    @Order(1)
    void anonymousAdmin_isSentToLogin_andBackToThePage() {
        browser.driver.get(url("/plugins/servlet/user-cleanup/admin"));
        browser.waitVisible("#login-username");
        browser.screenshot("01-login");
        browser.find("#login-username").sendKeys("admin");
        browser.find("#login-password").sendKeys("admin");
        browser.find("#login-submit").click();

        browser.waitText("#idp-list", "No identity provider is configured yet.");
        assertThat(browser.driver.getCurrentUrl()).endsWith(HOST.contextPath() + "/plugins/servlet/user-cleanup/admin");
        browser.screenshot("02-configuration-empty");
        assertThat(unlabelledInputs()).isEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(2)
    void configure_theEntraIdentityProvider_warnedWhileItSyncsNothing() {
        browser.click("#idp-add");
        browser.waitVisible("#idp-dialog #idp-name").sendKeys("Entra ID");
        browser.waitText("#idp-warning", "syncs nothing");
        browser.find("label[for='idp-directory-10000']").click();
        browser.waitHidden("#idp-warning");
        assertThat(browser.find("#idp-provisioning").isSelected()).isTrue();
        assertThat(unlabelledInputs()).isEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("03-identity-provider-dialog");
        browser.find("#idp-save").click();

        browser.waitHidden("#idp-dialog");
        WebElement row = browser.waitVisible("tr[data-idp='Entra ID']");
        assertThat(row.getText()).contains("Microsoft Entra ID").containsIgnoringCase("On").contains("Email address");
        assertThat(row.findElement(By.cssSelector(".idp-cleanups")).getText()).isEqualTo("No cleanup");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("04-configuration");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(3)
    void createCleanup_withChipsAndAPlainSchedule_showingTheCronErrorNextToItsField_thenSaving() {
        browser.driver.findElement(By.linkText("Scheduling and Cleanup")).click();
        browser.waitText("#cleanup-list", "No cleanup yet.");
        browser.click("#cleanup-add");
        browser.waitVisible("#cleanup-dialog #cleanup-name").sendKeys("Entra licence cleanup");
        assertThat(browser.find("#cleanup-section-targets h3").getText()).isEqualTo("Targets");
        browser.pickGroup("cleanup-groups", "jira-software-users");
        browser.pickGroup("cleanup-groups", "jira-local-users");
        // From the keyboard: Backspace in the empty box removes the last chip, the arrow keys and Enter pick.
        browser.find("#cleanup-groups").sendKeys(Keys.BACK_SPACE);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                browser.chips("cleanup-groups").equals(List.of("jira-software-users")));
        browser.find("#cleanup-groups").sendKeys("jira-loc");
        browser.waitVisible("#cleanup-groups-listbox [role='option'][data-group='jira-local-users']");
        browser.find("#cleanup-groups").sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.pickGroup("cleanup-groups", "ldap-users");
        assertThat(browser.chips("cleanup-groups")).containsExactly("jira-software-users", "jira-local-users", "ldap-users");
        assertThat(browser.chips("cleanup-exclude-groups")).isEmpty();
        browser.pickGroup("cleanup-exclude-groups", "service-accounts");
        assertThat(browser.chips("cleanup-exclude-groups")).containsExactly("service-accounts");
        assertThat(browser.find("#cleanup-groups").getDomAttribute("role")).isEqualTo("combobox");
        assertThat(browser.find("button[aria-label='Remove ldap-users']").isDisplayed()).isTrue();
        browser.find("label[for='cleanup-never-logged-in']").click();
        new Select(browser.find("#cleanup-frequency")).selectByVisibleText("Every day");
        new Select(browser.find("#cleanup-time-zone")).selectByValue("Europe/Oslo");
        browser.waitText("#cleanup-next-runs", "Next runs: Every day at 03:00, Europe/Oslo");
        assertThat(browser.find("#cleanup-next-runs li").getText()).endsWith("(Europe/Oslo)");
        assertThat(new Select(browser.find("#cleanup-idp")).getFirstSelectedOption().getText()).isEqualTo("Entra ID");
        assertThat(unlabelledInputs()).isEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("05-cleanup-form");

        new Select(browser.find("#cleanup-frequency")).selectByVisibleText("Custom cron expression");
        WebElement cron = browser.find("#cleanup-cron");
        cron.clear();
        cron.sendKeys("0 0 25 * * ?");
        browser.find("#cleanup-save").click();
        WebElement error = browser.waitText(".error[data-field='schedule.cron']", "is not a valid cron expression");
        assertThat(error.getText()).startsWith("'0 0 25 * * ?' is not a valid cron expression");
        browser.script("arguments[0].scrollIntoView({block: 'center'});", error);
        browser.screenshot("06-cleanup-cron-error");

        new Select(browser.find("#cleanup-frequency")).selectByVisibleText("Every day");
        browser.find("#cleanup-save").click();
        browser.waitHidden("#cleanup-dialog");
        WebElement row = browser.waitVisible("tr[data-cleanup='Entra licence cleanup']");
        assertThat(row.getText()).contains("Remove from groups").contains("Entra ID")
                .contains("Every day at 03:00, Europe/Oslo").contains("Not run yet").doesNotContain("0 0 3");
        assertThat(row.findElement(By.cssSelector(".cleanup-next")).getText()).endsWith("(Europe/Oslo)");
        assertThat(row.findElements(By.cssSelector(".cleanup-schedule .aui-lozenge"))).isEmpty();
        // One primary action per row, the others in its dropdown.
        assertThat(row.findElements(By.cssSelector(".user-cleanup-actions > .aui-button:not(.cleanup-more)"))).hasSize(1);
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("07-cleanups");
        // The bad cron's 400 is the only console error the page may have logged.
        assertThat(browser.consoleErrors()).allMatch(e -> e.contains("400"));
    }

    @Test
    @Order(4)
    void dryRun_thenRunNow_askedWithTheDryRunsCounts_showInHistory() {
        browser.find("tr[data-cleanup='Entra licence cleanup'] .cleanup-dry-run").click();
        browser.waitText("#history-title", "Entra licence cleanup");
        browser.waitText("#history-list", "Partly failed");
        assertThat(browser.find("#history-list tbody tr .run-type").getText()).containsIgnoringCase("Dry run");
        assertThat(browser.find("#history-list tbody tr .run-counts").getText()).contains("would remove 2")
                .contains("would export 2").contains("failed 1");
        // The end of the run replaces its start message.
        browser.waitText("#aui-flag-container", "finished");
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> !browser.find("#aui-flag-container").getText()
                .contains("started"));
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("08-history-dry-run");
        closeFlags();

        browser.click("#history-back");
        browser.waitText("tr[data-cleanup='Entra licence cleanup'] .cleanup-last-run", "Partly failed");
        browser.waitText("tr[data-cleanup='Entra licence cleanup'] .cleanup-last-run", "Dry run");
        browser.rowAction(() -> browser.find("tr[data-cleanup='Entra licence cleanup']"), "cleanup-run");
        browser.waitVisible("#confirm-yes");
        browser.waitText("#confirm-dialog-text", "changes the directory");
        assertThat(browser.find("#confirm-dialog-details").getText()).contains("The last dry run").contains("would remove 2");
        assertThat(browser.find("#confirm-yes").getText()).isEqualTo("Remove 2 memberships");
        assertThat(browser.find("#confirm-no").getText()).isEqualTo("Cancel");
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d ->
                "confirm-no".equals(d.switchTo().activeElement().getDomAttribute("id")));
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("08b-run-now-confirmation");
        browser.driver.switchTo().activeElement().sendKeys(Keys.SHIFT, Keys.TAB);
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitHidden("#confirm-dialog");
        browser.waitText("#history-list", "Real run");
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d ->
                d.findElements(By.cssSelector("#history-list tbody tr")).size() == 2
                        && !d.findElement(By.cssSelector("#history-list")).getText().toLowerCase().contains("running"));
        assertThat(browser.find("#history-list thead").getText()).contains("Finished");
        assertThat(browser.find("#history-list tbody tr").getText()).contains("Real run").contains("By admin")
                .contains("removed 2").contains("exported 2").contains("failed 1");
        assertThat(browser.find("#history-list tbody tr .run-finished").getText()).contains("(took ");
        browser.screenshot("09-history");
        assertThat(browser.consoleErrors()).isEmpty();
        closeFlags();
    }

    @Test
    @Order(5)
    void showUsers_searchesFiltersAndSorts_withOutcomeLozenges_andClosesWithEscape() {
        browser.find("#history-list tbody tr .run-show-users").click();
        browser.waitText("#users-content", "bob");
        String text = browser.find("#users-content").getText();
        assertThat(text).containsIgnoringCase("jira-local-users Removed")
                .containsIgnoringCase("jira-software-users In the removal file")
                .contains("the directory 'Corporate LDAP' of group 'ldap-users' is read-only");
        assertThat(browser.find("#users-page").getText()).isEqualTo("Users 1 to 5 of 5");
        assertThat(browser.find("#users-dry-run").isDisplayed()).isFalse();
        assertThat(browser.find("#users-content .aui-lozenge-error").getText()).isEqualToIgnoringCase("Failed");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("10-show-users");

        browser.find("#users-search").sendKeys("bob");
        browser.waitText("#users-page", "Users 1 to 1 of 1");
        browser.find("#users-search").clear();
        browser.find("#users-search").sendKeys(Keys.SPACE, Keys.BACK_SPACE);
        browser.waitText("#users-page", "of 5");
        new Select(browser.find("#users-outcome")).selectByVisibleText("Failed");
        browser.waitText("#users-page", "Users 1 to 1 of 1");
        new Select(browser.find("#users-outcome")).selectByVisibleText("Any outcome");
        new Select(browser.find("#users-group")).selectByVisibleText("jira-local-users");
        browser.waitText("#users-page", "of 2");
        new Select(browser.find("#users-group")).selectByVisibleText("Any group");
        // The server answers each change with a new page; the sort button is the new page's.
        browser.waitText("#users-page", "of 5");
        browser.find("#users-content .user-cleanup-sort[data-sort='username']").sendKeys(Keys.ENTER);
        browser.waitText("#users-content th[aria-sort='descending']", "Username");
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) browser.script("return Array.from(document.querySelectorAll("
                + "'#users-content tbody tr')).map(function (r) { return r.getAttribute('data-user'); });");
        assertThat(names).hasSize(5).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // The server searched, filtered and sorted: each change asked it for one page.
        @SuppressWarnings("unchecked")
        List<String> asked = (List<String>) browser.script("return performance.getEntriesByType('resource')"
                + ".map(function (e) { return e.name; }).filter(function (n) { return n.indexOf('/users?') >= 0; });");
        assertThat(asked).anyMatch(u -> u.contains("q=bob") && u.contains("limit=50"))
                .anyMatch(u -> u.contains("outcome=FAILED"))
                .anyMatch(u -> u.contains("group=jira-local-users"))
                .anyMatch(u -> u.contains("sort=username") && u.contains("order=desc"))
                .noneMatch(u -> u.contains("limit=1000"));

        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitHidden("#users-dialog");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(6)
    void exportData_offersTheReportAndEachGroupsFile_fromTheKeyboard() throws Exception {
        WebElement export = browser.find("#history-list tbody tr .run-export");
        export.sendKeys(Keys.ENTER);
        browser.waitVisible("#export-idp");
        assertThat(browser.find("#export-idp").getText()).contains("Identity provider exports")
                .contains("Download jira-software-users").containsIgnoringCase("2 users");
        assertThat(browser.find("#export-dry-run").isDisplayed()).isFalse();
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("export-report");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("11-export-data");

        browser.driver.findElement(By.linkText("Download jira-software-users")).click();
        Path file = browser.awaitDownload("jira-software-users.csv");
        assertThat(Files.readAllBytes(file)).isEqualTo(("Member object ID or user principal name "
                + "[memberObjectIdOrUpn] Required\r\nalice@example.com\r\nBob@Example.com\r\n")
                .getBytes(StandardCharsets.UTF_8));

        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitHidden("#export-dialog");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(7)
    void theDryRunsResults_areMarkedAsADryRun_andACountLinksToItsUsers() {
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#history-list tbody tr"));
        WebElement dry = rows.get(1);
        dry.findElement(By.cssSelector("a[data-count='failed']")).click();
        browser.waitText("#users-dialog-title", "Users of dry run");
        browser.waitText("#users-page", "Users 1 to 1 of 1");
        assertThat(browser.find("#users-dry-run").getText()).contains("Nothing in the directory was changed");
        assertThat(new Select(browser.find("#users-outcome")).getFirstSelectedOption().getText()).isEqualTo("Failed");
        browser.find("#users-dialog .user-cleanup-close").click();
        browser.waitHidden("#users-dialog");

        dry.findElement(By.cssSelector(".run-export")).click();
        browser.waitVisible("#export-dry-run");
        assertThat(browser.find("#export-dialog-title").getText()).contains("dry run");
        browser.screenshot("11b-export-data-dry-run");
        browser.find("#export-dialog .user-cleanup-close").click();
        browser.waitHidden("#export-dialog");
    }

    @Test
    @Order(8)
    void aReportOnlyCleanup_isWarnedOfReadOnlyTargetsUntilReportOnly_andHasNoIdentityProviderExports() {
        browser.driver.findElement(By.linkText("Identity providers")).click();
        browser.waitText("tr[data-idp='Entra ID'] .idp-cleanups", "Entra licence cleanup");
        browser.driver.findElement(By.linkText("Scheduling and Cleanup")).click();
        browser.click("#cleanup-add");
        browser.waitVisible("#cleanup-dialog #cleanup-name").sendKeys("LDAP report");
        browser.pickGroup("cleanup-groups", "ldap-users");
        new Select(browser.find("#cleanup-idp")).selectByVisibleText("None");
        browser.waitText("#cleanup-warnings", "read-only directory");
        assertThat(browser.find("#cleanup-warnings").getText()).contains("ldap-users").contains("Report only");
        browser.script("document.getElementById('cleanup-warnings').scrollIntoView({block: 'center'});");
        browser.screenshot("05b-cleanup-form-warnings");
        browser.find("label[for='cleanup-action-report']").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                !browser.find("#cleanup-warnings").getText().contains("ldap-users"));
        // An excluded username that is nobody's is named, with the fix, before saving; a real one is not.
        WebElement excludeUsers = browser.find("#cleanup-exclude-users");
        excludeUsers.sendKeys("ADMIN\nno-such-user");
        browser.waitText("#cleanup-warnings", "exclude nobody: no-such-user.");
        assertThat(browser.find("#cleanup-warnings").getText()).contains("Correct their spelling")
                .doesNotContain("ADMIN");
        excludeUsers.clear();
        excludeUsers.sendKeys("admin");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                !browser.find("#cleanup-warnings").getText().contains("exclude nobody"));
        browser.find("#cleanup-save").click();
        browser.waitVisible("tr[data-cleanup='LDAP report'] .cleanup-dry-run").click();
        browser.waitText("#history-title", "LDAP report");
        browser.waitText("#history-list", "Succeeded");
        // A report-only run's outcomes are counted as reported, labelled, and zero counts are left out.
        assertThat(browser.find("#history-list tbody tr .run-counts").getText())
                .matches("(?s)evaluated [1-9][0-9]*\ninactive [1-9][0-9]*\n.*reported [1-9][0-9]*")
                .doesNotContain("removed").doesNotContain("exported").doesNotContainPattern("[a-z] 0\\b");
        assertThat(browser.find("#history-list tbody tr .run-finished").getText()).contains("(took ");
        browser.find("#history-list tbody tr .run-export").click();
        browser.waitVisible("#export-report");

        assertThat(browser.find("#export-idp").isDisplayed()).isFalse();
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitHidden("#export-dialog");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(9)
    void at1024PixelsWide_eachCleanupRowsActionsStayOnOneLine_andNothingOverflowsSideways() {
        org.openqa.selenium.Dimension before = browser.driver.manage().window().getSize();
        try {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1024, 768));
            browser.driver.findElement(By.linkText("Scheduling and Cleanup")).click();
            browser.waitVisible("tr[data-cleanup='LDAP report'] .cleanup-dry-run");
            closeFlags();
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> layout = (java.util.Map<String, Object>) browser.script(
                    "var width = document.documentElement.clientWidth;"
                    + " var rows = Array.from(document.querySelectorAll('#cleanup-list tr[data-cleanup]')).map(function (row) {"
                    + "   var buttons = Array.from(row.querySelectorAll('.user-cleanup-actions button'))"
                    + "       .map(function (b) { return b.getBoundingClientRect(); });"
                    + "   return {name: row.getAttribute('data-cleanup'), buttons: buttons.length,"
                    + "     tops: buttons.map(function (r) { return Math.round(r.top); }),"
                    + "     right: Math.max.apply(null, Array.from(row.querySelectorAll('td'))"
                    + "       .map(function (c) { return c.getBoundingClientRect().right; }))};"
                    + " });"
                    + " var widest = Math.max.apply(null, Array.from(document.querySelectorAll('#content *, body *'))"
                    + "   .filter(function (e) { return e.offsetParent !== null; })"
                    + "   .map(function (e) { return e.getBoundingClientRect().right; }));"
                    + " return {viewport: width, scrollWidth: document.documentElement.scrollWidth, rows: rows, widest: widest};");
            long viewport = ((Number) layout.get("viewport")).longValue();
            @SuppressWarnings("unchecked")
            List<java.util.Map<String, Object>> rows = (List<java.util.Map<String, Object>>) layout.get("rows");

            assertThat(viewport).isBetween(1000L, 1024L);
            assertThat(((Number) layout.get("scrollWidth")).longValue()).isLessThanOrEqualTo(viewport);
            assertThat(((Number) layout.get("widest")).doubleValue()).isLessThanOrEqualTo(viewport);
            assertThat(rows).extracting(r -> r.get("name")).contains("Entra licence cleanup", "LDAP report");
            for (java.util.Map<String, Object> row : rows) {
                @SuppressWarnings("unchecked")
                List<Number> tops = (List<Number>) row.get("tops");
                assertThat(((Number) row.get("buttons")).intValue()).as(row.get("name") + " buttons").isEqualTo(2);
                assertThat(tops.stream().mapToLong(Number::longValue).distinct().count())
                        .as(row.get("name") + " action lines " + tops).isEqualTo(1);
                assertThat(((Number) row.get("right")).doubleValue()).as(row.get("name") + " right edge")
                        .isLessThanOrEqualTo(viewport);
            }
            browser.screenshot("12-cleanups-1024");
        } finally {
            browser.driver.manage().window().setSize(before);
        }
    }

    private static void closeFlags() {
        browser.script("document.querySelectorAll('#aui-flag-container .aui-flag').forEach(function (f) { f.remove(); });");
    }
}
