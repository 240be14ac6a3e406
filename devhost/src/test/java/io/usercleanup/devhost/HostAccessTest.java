package io.usercleanup.devhost;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import io.usercleanup.devhost.http.HttpClientForTests.Answer;
import io.usercleanup.devhost.web.ServletAccessFilterPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the dev host enforces from access annotations, as Jira 10 does, on probe endpoints that
 * only this test registers: without an annotation an endpoint is for licensed users; with
 * {@code @SystemAdminOnly} for system administrators; a refused caller never reaches the probe
 * (its counter stays put) and gets the host's own answer.
 */
class HostAccessTest {
    private static final AtomicInteger CALLS = new AtomicInteger();
    private static final String REST = "/rest/user-cleanup/1.0/probe";

    @Path("/probe")
    public static class ProbeResource {
        @GET
        @Path("/open")
        public String unannotated() {
            CALLS.incrementAndGet();
            return "reached";
        }

        @GET
        @Path("/admin")
        @SystemAdminOnly
        public String adminOnly() {
            CALLS.incrementAndGet();
            return "reached";
        }
    }

    @Path("/probe-admin")
    @SystemAdminOnly
    public static class AdminProbeResource {
        @GET
        public String classAnnotated() {
            CALLS.incrementAndGet();
            return "reached";
        }
    }

    public static class UnannotatedProbeServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            CALLS.incrementAndGet();
            response.setContentType("text/plain");
            response.getWriter().write("reached");
        }
    }

    @com.atlassian.annotations.security.SystemAdminOnly
    public static class AdminProbeServlet extends UnannotatedProbeServlet {
        private static final long serialVersionUID = 1L;
    }

    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/contract-directory.json",
            Instant.parse("2026-11-23T12:00:00Z"), new DevHostModules(
                    List.of(new ProbeResource(), new AdminProbeResource()),
                    Map.of("/probe/open", new UnannotatedProbeServlet(), "/probe/admin", new AdminProbeServlet())));

    private final HttpClientForTests http = HOST.client();

    @BeforeEach
    void resetCounter() {
        CALLS.set(0);
    }

    @Test
    void anUnannotatedResource_isForLicensedUsers() {
        assertThat(http.get(REST + "/open", "user").text()).isEqualTo("reached");
        assertThat(http.get(REST + "/open", "admin:wrong").status()).isEqualTo(401);
        assertThat(CALLS).hasValue(1);

        Answer unlicensed = http.get(REST + "/open", "unlicensed");
        Answer anonymous = http.get(REST + "/open", null);

        assertThat(unlicensed.status()).isEqualTo(403);
        assertThat(unlicensed.text()).isEqualTo(HostAnswers.body(RestAccessFilter.NOT_LICENSED));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.text()).isEqualTo(HostAnswers.body(RestAccessFilter.NOT_LOGGED_IN));
        assertThat(anonymous.contentType()).startsWith("application/json");
        assertThat(CALLS).hasValue(1);
    }

    @Test
    void anUnannotatedResource_refusesAnUnlicensedSystemAdministrator_too() {
        // admin is in jira-administrators only, which gives no licence: the reason for the annotation
        assertThat(http.get(REST + "/open", "admin").status()).isEqualTo(403);
        assertThat(CALLS).hasValue(0);
    }

    @Test
    void systemAdminOnly_onAMethodOrAClass_refusesEveryoneElse_beforeTheResourceRuns() {
        for (String path : List.of(REST + "/admin", "/rest/user-cleanup/1.0/probe-admin")) {
            Answer anonymous = http.get(path, null);
            Answer user = http.get(path, "user");
            Answer unlicensed = http.get(path, "unlicensed");

            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.text()).isEqualTo(HostAnswers.body(RestAccessFilter.NOT_LOGGED_IN));
            assertThat(user.status()).isEqualTo(403);
            assertThat(user.text()).isEqualTo(HostAnswers.body(RestAccessFilter.NOT_A_SYSTEM_ADMINISTRATOR));
            assertThat(unlicensed.status()).isEqualTo(403);
        }
        assertThat(CALLS).hasValue(0);

        assertThat(http.get(REST + "/admin", "admin").text()).isEqualTo("reached");
        assertThat(http.get("/rest/user-cleanup/1.0/probe-admin", "admin").text()).isEqualTo("reached");
        assertThat(CALLS).hasValue(2);
    }

    @Test
    void anUnannotatedServlet_isForLicensedUsers_andSendsAnonymousVisitorsToLogIn() {
        Answer licensed = http.get("/plugins/servlet/probe/open", "user");
        Answer unlicensed = http.get("/plugins/servlet/probe/open", "unlicensed");
        Answer anonymous = http.get("/plugins/servlet/probe/open?x=1", null);

        assertThat(licensed.text()).isEqualTo("reached");
        assertThat(unlicensed.status()).isEqualTo(403);
        assertThat(unlicensed.text()).isEqualTo(ServletAccessFilterPage.BODY);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith(HOST.contextPath() + HOST.product().loginPath() + "?os_destination="
                + URLEncoder.encode(HOST.contextPath() + "/plugins/servlet/probe/open?x=1", StandardCharsets.UTF_8));
        assertThat(CALLS).hasValue(1);
    }

    @Test
    void aSystemAdminOnlyServlet_letsOnlyASystemAdministratorIn() {
        Answer user = http.get("/plugins/servlet/probe/admin", "user");
        Answer anonymous = http.get("/plugins/servlet/probe/admin", null);

        assertThat(user.status()).isEqualTo(403);
        assertThat(user.contentType()).startsWith("text/html");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(CALLS).hasValue(0);

        assertThat(http.get("/plugins/servlet/probe/admin", "admin").text()).isEqualTo("reached");
        assertThat(CALLS).hasValue(1);
    }
}
