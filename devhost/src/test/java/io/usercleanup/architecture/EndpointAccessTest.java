package io.usercleanup.architecture;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import io.usercleanup.architecture.EndpointAccessWalker.Endpoint;
import io.usercleanup.devhost.HostAccess;
import io.usercleanup.devhost.web.PluginDescriptor;
import org.junit.jupiter.api.Test;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the plugin carries {@code @SystemAdminOnly}, so that Jira 10 refuses anyone
 * else before the plugin's code runs and an unlicensed administrator is still let in. A new
 * resource method, sub-resource or servlet without it fails here.
 */
class EndpointAccessTest {

    private static List<String> notSystemAdminOnly(List<Endpoint> endpoints) {
        return endpoints.stream().filter(e -> e.access() != HostAccess.SYSTEM_ADMIN_ONLY).map(Endpoint::name).toList();
    }

    @Test
    void everyRestResourceMethod_isSystemAdminOnly() {
        List<Endpoint> endpoints = EndpointAccessWalker.restEndpoints("io.usercleanup.rest");

        // the five resources of rest-api.md, with at least the contract's 21 endpoints
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(21);
        assertThat(endpoints).extracting(e -> e.name().substring(0, e.name().indexOf('#'))).contains(
                "io.usercleanup.rest.IdpResource", "io.usercleanup.rest.CleanupResource",
                "io.usercleanup.rest.RunResource", "io.usercleanup.rest.DirectoryResource",
                "io.usercleanup.rest.SettingsResource");
        assertThat(notSystemAdminOnly(endpoints)).isEmpty();
    }

    @Test
    void everyServletModule_isSystemAdminOnly_forEveryRequestMethodItHandles() {
        List<Endpoint> endpoints = EndpointAccessWalker.servletEndpoints(PluginDescriptor.load());

        assertThat(endpoints).extracting(Endpoint::name).containsExactlyInAnyOrder(
                "io.usercleanup.web.ConfigurationServlet GET", "io.usercleanup.web.CleanupsServlet GET");
        assertThat(notSystemAdminOnly(endpoints)).isEmpty();
    }

    // What the walker must catch.

    @Path("/half")
    public static class HalfAnnotatedResource {
        @GET
        @SystemAdminOnly
        public String guarded() {
            return "";
        }

        @POST
        public String forgotten() {
            return "";
        }
    }

    @Path("/root")
    @SystemAdminOnly
    public static class RootWithSubResource {
        @Path("/child")
        public UnannotatedSubResource child() {
            return new UnannotatedSubResource();
        }
    }

    public static class UnannotatedSubResource {
        @GET
        public String read() {
            return "";
        }
    }

    public static class UnannotatedServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        }
    }

    public static class MethodAnnotatedServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        @com.atlassian.annotations.security.SystemAdminOnly
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        }
    }

    @Test
    void aResourceMethodWithoutTheAnnotation_isFound() {
        assertThat(notSystemAdminOnly(EndpointAccessWalker.restEndpoints(HalfAnnotatedResource.class)))
                .containsExactly(HalfAnnotatedResource.class.getName() + "#forgotten");
    }

    @Test
    void aSubResourceWithoutTheAnnotation_isFound_evenUnderAnAnnotatedRoot() {
        assertThat(notSystemAdminOnly(EndpointAccessWalker.restEndpoints(RootWithSubResource.class)))
                .containsExactly(UnannotatedSubResource.class.getName() + "#read");
    }

    @Test
    void aServletWithoutTheAnnotation_isFound_andAMethodAnnotationCoversOnlyItsMethod() {
        assertThat(notSystemAdminOnly(EndpointAccessWalker.servletEndpoints(UnannotatedServlet.class)))
                .containsExactly(UnannotatedServlet.class.getName() + " GET");
        assertThat(notSystemAdminOnly(EndpointAccessWalker.servletEndpoints(MethodAnnotatedServlet.class)))
                .containsExactly(MethodAnnotatedServlet.class.getName() + " POST");
    }

    @Test
    void theRestModulesAnnotationDoesNotCountOnAServlet_norTheServletOneOnAResource() {
        assertThat(HostAccess.ofServlet(RestAnnotatedServlet.class, "GET")).isEqualTo(HostAccess.LICENSED_ONLY);
        assertThat(EndpointAccessWalker.restEndpoints(ServletAnnotatedResource.class))
                .extracting(Endpoint::access).containsExactly(HostAccess.LICENSED_ONLY);
    }

    @SystemAdminOnly
    public static class RestAnnotatedServlet extends UnannotatedServlet {
        private static final long serialVersionUID = 1L;
    }

    @Path("/wrong")
    @com.atlassian.annotations.security.SystemAdminOnly
    public static class ServletAnnotatedResource {
        @GET
        public String read() {
            return "";
        }
    }
}
