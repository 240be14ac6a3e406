package io.usercleanup.devhost;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.util.EnumSet;

/**
 * The Platform 8 web container: Jetty 12 with its Jakarta EE 10 servlet environment (servlet 6,
 * {@code jakarta.servlet}), where Jira 11 and Confluence 10 run on Tomcat 10. The same context as
 * Jetty 9's on Platform 7: the session cookie of {@link SessionCookie}, filters on requests
 * only, and the API's error bodies ({@link Jetty12ErrorHandler}).
 */
final class Jetty12Container implements WebContainer {
    private final Server jetty = new Server();
    private final ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);

    private Jetty12Container(String host, int port, String contextPath, ApiErrors errors) {
        // Tomcat decodes an encoded percent sign (%25) in a path, as Jetty 9 did; Jetty 12 refuses it
        // as ambiguous by default, which would refuse a group file link such as .../100%25.
        HttpConfiguration http = new HttpConfiguration();
        http.setUriCompliance(UriCompliance.DEFAULT.with("tomcat-like", UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING));
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        jetty.addConnector(connector);
        context.setContextPath(contextPath);
        context.getServletHandler().setDecodeAmbiguousURIs(true);
        sessionCookie(context.getSessionHandler(), contextPath);
        jetty.setHandler(context);
        jetty.setErrorHandler(new Jetty12ErrorHandler.BadMessages(errors));
        context.setErrorHandler(new Jetty12ErrorHandler(errors));
        jetty.setStopAtShutdown(false);
    }

    /** {@link SessionCookie}'s rule in Jetty 12's session API, which moved from Jetty 9's. */
    private static void sessionCookie(SessionHandler sessions, String contextPath) {
        sessions.setSessionCookie(SessionCookie.NAME);
        sessions.getSessionCookieConfig().setPath(contextPath);
        sessions.setHttpOnly(true);
        sessions.setSecureRequestOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
    }

    @Override
    public void addFilter(Filter filter, String pathSpec) {
        context.addFilter(new FilterHolder(filter), pathSpec, EnumSet.of(DispatcherType.REQUEST));
    }

    @Override
    public void addServlet(String name, Servlet servlet, String pathSpec) {
        ServletHolder holder = new ServletHolder(servlet);
        if (name != null) {
            holder.setName(name);
        }
        context.addServlet(holder, pathSpec);
    }

    @Override
    public void start() throws Exception {
        jetty.start();
    }

    @Override
    public int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    @Override
    public void stop() throws Exception {
        jetty.stop();
    }

    /** Jetty 12 for Platform 8, found by {@link java.util.ServiceLoader}. */
    public static final class Factory12 implements WebContainer.Factory {
        @Override
        public int platform() {
            return 8;
        }

        @Override
        public WebContainer create(String host, int port, String contextPath, ApiErrors errors) {
            return new Jetty12Container(host, port, contextPath, errors);
        }
    }
}
