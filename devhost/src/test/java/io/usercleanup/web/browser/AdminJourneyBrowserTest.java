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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole admin journey in headless Chromium against the dev host: log in, configure the Entra
 * ID identity provider, create a cleanup (seeing the validation error of a bad cron), dry run,
 * run, History, Show users, Export data, and download one group's file. Each page is saved as a
 * screenshot under {@code target/screenshots/}; no page may log a console error, every input
 * must have a label, and the dialogs must work from the keyboard.
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
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(2)
    void configure_theEntraIdentityProvider() {
        browser.click("#idp-add");
        browser.waitVisible("#idp-dialog #idp-name").sendKeys("Entra ID");
        browser.find("label[for='idp-directory-10000']").click();
        assertThat(browser.find("#idp-provisioning").isSelected()).isTrue();
        assertThat(unlabelledInputs()).isEmpty();
        browser.screenshot("03-identity-provider-dialog");
        browser.find("#idp-save").click();

        browser.waitHidden("#idp-dialog");
        WebElement row = browser.waitVisible("tr[data-idp='Entra ID']");
        assertThat(row.getText()).contains("Microsoft Entra ID").containsIgnoringCase("On").contains("Email address");
        browser.screenshot("04-configuration");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(3)
    void createCleanup_showingTheCronErrorNextToItsField_thenSaving() {
        browser.driver.findElement(By.linkText("Scheduling and Cleanup")).click();
        browser.waitText("#cleanup-list", "No cleanup yet.");
        browser.click("#cleanup-add");
        browser.waitVisible("#cleanup-dialog #cleanup-name").sendKeys("Entra licence cleanup");
        Select groups = new Select(browser.find("#cleanup-groups"));
        groups.selectByVisibleText("jira-software-users");
        groups.selectByVisibleText("jira-local-users");
        groups.selectByVisibleText("ldap-users");
        new Select(browser.find("#cleanup-exclude-groups")).selectByVisibleText("service-accounts");
        browser.find("label[for='cleanup-never-logged-in']").click();
        new Select(browser.find("#cleanup-schedule-preset")).selectByVisibleText("Every day at 03:00");
        browser.waitText("#cleanup-next-runs", "Next runs");
        assertThat(new Select(browser.find("#cleanup-idp")).getFirstSelectedOption().getText()).isEqualTo("Entra ID");
        assertThat(unlabelledInputs()).isEmpty();
        browser.screenshot("05-cleanup-form");

        WebElement cron = browser.find("#cleanup-cron");
        cron.clear();
        cron.sendKeys("0 0 25 * * ?");
        browser.find("#cleanup-save").click();
        WebElement error = browser.waitText(".error[data-field='schedule.cron']", "is not a valid cron expression");
        assertThat(error.getText()).startsWith("'0 0 25 * * ?' is not a valid cron expression");
        assertThat(browser.find("#cleanup-cron").getAttribute("aria-invalid")).isEqualTo("true");
        browser.script("arguments[0].scrollIntoView({block: 'center'});", error);
        browser.screenshot("06-cleanup-cron-error");

        new Select(browser.find("#cleanup-schedule-preset")).selectByVisibleText("Every day at 03:00");
        browser.find("#cleanup-save").click();
        browser.waitHidden("#cleanup-dialog");
        WebElement row = browser.waitVisible("tr[data-cleanup='Entra licence cleanup']");
        assertThat(row.getText()).contains("Remove from groups").contains("Entra ID").contains("0 0 3 * * ?");
        browser.screenshot("07-cleanups");
        // The bad cron's 400 is the only console error the page may have logged.
        assertThat(browser.consoleErrors()).allMatch(e -> e.contains("400"));
    }

    @Test
    @Order(4)
    void dryRun_thenRun_showInHistory() {
        browser.find("tr[data-cleanup='Entra licence cleanup'] .cleanup-dry-run").click();
        browser.waitText("#history-list", "Dry run");
        browser.waitText("#history-list", "Partly failed");
        browser.screenshot("08-history-dry-run");

        browser.find("tr[data-cleanup='Entra licence cleanup'] .cleanup-run").click();
        WebElement yes = browser.waitVisible("#confirm-yes");
        browser.waitText("#confirm-dialog-text", "changes the directory");
        yes.sendKeys(Keys.ENTER);
        browser.waitHidden("#confirm-dialog");
        browser.waitText("#history-list", "Real run");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30)).until(d ->
                d.findElements(By.cssSelector("#history-list tbody tr")).size() == 2
                        && !d.findElement(By.cssSelector("#history-list")).getText().toLowerCase().contains("running"));
        assertThat(browser.find("#history-list thead").getText()).contains("Finished");
        assertThat(browser.find("#history-list tbody tr").getText()).contains("Real run").contains("By admin")
                .contains("removed 2").contains("exported 2").contains("failed 1");
        assertThat(browser.find("#history-list tbody tr .run-finished").getText()).contains("(took ");
        browser.screenshot("09-history");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(5)
    void showUsers_listsEachGroupsOutcome_andClosesWithEscape() {
        browser.find("#history-list tbody tr .run-show-users").click();
        browser.waitText("#users-content", "bob");
        assertThat(browser.find("#users-content").getText()).contains("jira-local-users: Removed")
                .contains("jira-software-users: In the removal file")
                .contains("ldap-users: Failed — the directory 'Corporate LDAP' of group 'ldap-users' is read-only");
        assertThat(browser.find("#users-page").getText()).isEqualTo("Users 1 to 5 of 5");
        browser.screenshot("10-show-users");

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
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("export-report");
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
    void aRunWithoutIdentityProviderRows_hasNoIdentityProviderExports() {
        browser.driver.findElement(By.linkText("Identity providers")).click();
        browser.waitVisible("tr[data-idp='Entra ID']");
        browser.driver.findElement(By.linkText("Scheduling and Cleanup")).click();
        browser.click("#cleanup-add");
        browser.waitVisible("#cleanup-dialog #cleanup-name").sendKeys("LDAP report");
        new Select(browser.find("#cleanup-groups")).selectByVisibleText("ldap-users");
        new Select(browser.find("#cleanup-idp")).selectByVisibleText("None");
        browser.find("label[for='cleanup-action-report']").click();
        browser.find("#cleanup-save").click();
        browser.waitVisible("tr[data-cleanup='LDAP report'] .cleanup-dry-run").click();
        browser.waitText("#history-title", "LDAP report");
        browser.waitText("#history-list", "Succeeded");
        // A report-only run's outcomes are counted as reported, labelled, and zero counts are left out.
        assertThat(browser.find("#history-list tbody tr .run-counts").getText())
                .matches("evaluated [1-9][0-9]* · inactive [1-9][0-9]* ·.* reported [1-9][0-9]*")
                .doesNotContain("removed").doesNotContain("exported").doesNotContainPattern("[a-z] 0\\b");
        assertThat(browser.find("#history-list tbody tr .run-finished").getText()).contains("(took ");
        browser.find("#history-list tbody tr .run-export").click();
        browser.waitVisible("#export-report");

        assertThat(browser.find("#export-idp").isDisplayed()).isFalse();
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitHidden("#export-dialog");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
