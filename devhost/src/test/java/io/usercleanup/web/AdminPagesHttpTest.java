package io.usercleanup.web;

import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import io.usercleanup.devhost.http.HttpClientForTests.Answer;
import io.usercleanup.devhost.web.ServletAccessFilterPage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin pages are for system administrators only, through the servlet modules of the plugin. */
class AdminPagesHttpTest {
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/contract-directory.json",
            Instant.parse("2026-11-23T12:00:00Z"));

    private final HttpClientForTests http = HOST.client();

    @ParameterizedTest
    @ValueSource(strings = {"/plugins/servlet/user-cleanup/admin", "/plugins/servlet/user-cleanup/cleanups"})
    void anonymous_isSentToTheLoginPage_andBack(String path) {
        Answer answer = http.get(path, null);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith(HOST.contextPath() + HOST.product().loginPath() + "?os_destination="
                + URLEncoder.encode(HOST.contextPath() + path, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/plugins/servlet/user-cleanup/admin", "/plugins/servlet/user-cleanup/cleanups"})
    void aUserWhoIsNotASystemAdministrator_is403_withTheHostsPage(String path) {
        Answer user = http.get(path, "user");
        Answer unlicensed = http.get(path, "unlicensed");

        // @SystemAdminOnly: the host answers before the page's own check
        assertThat(user.status()).isEqualTo(403);
        assertThat(user.text()).isEqualTo(ServletAccessFilterPage.BODY);
        assertThat(unlicensed.status()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/plugins/servlet/user-cleanup/admin", "/plugins/servlet/user-cleanup/cleanups"})
    void aSystemAdministrator_getsTheDecoratedPage_withItsScript(String path) {
        Answer answer = http.get(path, "admin");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertThat(answer.text()).contains(HOST.contextPath() + "/download/resources/io.usercleanup.user-cleanup:admin-resources/"
                + "user-cleanup-admin.js").contains("data-rest-base=\"" + HOST.contextPath() + "/rest/user-cleanup/1.0\"");
        assertThat(http.get("/download/resources/io.usercleanup.user-cleanup:admin-resources/user-cleanup-admin.js",
                "admin").text()).contains("User Cleanup admin pages");
    }
}
