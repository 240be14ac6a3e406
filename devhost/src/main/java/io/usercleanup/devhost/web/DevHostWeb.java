package io.usercleanup.devhost.web;

import io.usercleanup.devhost.DevHostProduct;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.usercleanup.devhost.Accounts;
import io.usercleanup.devhost.HostServices;
import io.usercleanup.devhost.PluginContainer;
import io.usercleanup.devhost.RememberMeCookie;
import io.usercleanup.devhost.WebContainer;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The web side of the dev host: the services the plugin's pages use (Soy renderer, page
 * builder, i18n, login URIs, WebSudo), the plugin's servlet modules under
 * {@code /plugins/servlet}, its web resources, AUI, the admin decorator and a login page.
 */
public final class DevHostWeb {
    /**
     * Where the build installs AUI from the npm registry: the system property {@code usercleanup.aui}
     * (the devhost profile passes it, as Maven runs the host from the repository root), else the
     * devhost module's own folder, where the tests run.
     */
    public static final Path AUI = Path.of(System.getProperty("usercleanup.aui", "src/main/aui/node_modules"));

    private final DevHostProduct product;
    private final PluginDescriptor descriptor;
    private final DevHostLogin login;

    /** The web side for the product: its descriptor, context path and login page. */
    public DevHostWeb(DevHostProduct product) {
        this.product = product;
        this.descriptor = PluginDescriptor.load(product.descriptor());
        this.login = new DevHostLogin(product.contextPath(), product.loginPath());
    }

    /** Offers the services the plugin's pages import. */
    public void offerServices(HostServices host) {
        host.offer(LoginUriProvider.class, login)
                .offer(WebSudoManager.class, login)
                .offer(I18nResolver.class, new DevHostI18n(descriptor))
                .offer(SoyTemplateRenderer.class, new DevHostSoyRenderer(descriptor))
                .offer(PageBuilderService.class, new DevHostPageBuilder());
    }

    /**
     * Serves the plugin's servlet modules, and a test's own servlets (by URL pattern), each behind
     * the host's access check ({@link ServletAccessFilter}), its resources, AUI and the login page.
     */
    public void install(WebContainer context, PluginContainer plugin, Accounts accounts,
                        RememberMeCookie rememberMe, Map<String, HttpServlet> testServlets) {
        for (PluginDescriptor.ServletModule module : descriptor.servlets()) {
            HttpServlet servlet = plugin.create(servletClass(module));
            for (String pattern : module.urlPatterns()) {
                serve(context, module.key(), servlet, pattern, accounts);
            }
        }
        testServlets.forEach((pattern, servlet) -> serve(context, "test:" + pattern, servlet, pattern, accounts));
        context.addFilter(new AdminDecorator(descriptor, product.displayName()), "/plugins/servlet/*");
        StaticFilesServlet files = new StaticFilesServlet(descriptor, AUI);
        context.addServlet("static-files", files, StaticFilesServlet.RESOURCES + "/*");
        context.addServlet("static-files-aui", files, StaticFilesServlet.AUI + "/*");
        context.addServlet(null, new LoginServlet(accounts, product, rememberMe),
                product.loginPath());
        context.addServlet(null, new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                if (request.getSession(false) != null) {
                    request.getSession(false).invalidate();
                }
                rememberMe.clear(request, response);
                response.sendRedirect(request.getContextPath() + product.loginPath());
            }
        }, "/logout");
    }

    private void serve(WebContainer context, String key, HttpServlet servlet, String pattern,
                       Accounts accounts) {
        String path = "/plugins/servlet" + pattern;
        context.addFilter(new ServletAccessFilter(servlet.getClass(), accounts, login), path);
        context.addServlet(key, servlet, path);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends HttpServlet> servletClass(PluginDescriptor.ServletModule module) {
        try {
            return (Class<? extends HttpServlet>) Class.forName(module.className());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The servlet module " + module.key() + " names a missing class "
                    + module.className(), e);
        }
    }
}
