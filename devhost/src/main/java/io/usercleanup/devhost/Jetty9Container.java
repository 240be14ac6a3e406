package io.usercleanup.devhost;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.Servlet;
import java.util.EnumSet;

/** The Platform 7 web container: Jetty 9.4 (servlet 4, {@code javax.servlet}). */
final class Jetty9Container implements WebContainer {
    private final Server jetty = new Server();
    private final ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);

    private Jetty9Container(String host, int port, String contextPath, ApiErrors errors) {
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(host);
        connector.setPort(port);
        jetty.addConnector(connector);
        context.setContextPath(contextPath);
        SessionCookie.apply(context.getSessionHandler(), contextPath);
        jetty.setHandler(context);
        ApiErrorHandler handler = new ApiErrorHandler(errors);
        jetty.setErrorHandler(handler);
        context.setErrorHandler(handler);
        jetty.setStopAtShutdown(false);
    }

    @Override
    public void addFilter(Filter filter, String pathSpec) {
        context.addFilter(new FilterHolder(filter), pathSpec, EnumSet.of(DispatcherType.REQUEST));
    }

    @Override
    public void addServlet(String name, Servlet servlet, String pathSpec) {
        context.addServlet(name == null ? new ServletHolder(servlet) : new ServletHolder(name, servlet), pathSpec);
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

    /** Jetty 9 for Platform 7. */
    static final class Factory9 implements WebContainer.Factory {
        @Override
        public int platform() {
            return 7;
        }

        @Override
        public WebContainer create(String host, int port, String contextPath, ApiErrors errors) {
            return new Jetty9Container(host, port, contextPath, errors);
        }
    }
}
