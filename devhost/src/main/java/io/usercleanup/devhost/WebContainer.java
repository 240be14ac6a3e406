package io.usercleanup.devhost;

import javax.servlet.Filter;
import javax.servlet.Servlet;

/**
 * The one web context the dev host serves, in whatever servlet container stands in for the
 * product's Tomcat: Jetty 9 (servlet 4, {@code javax}) on Platform 7, Jetty 12 (servlet 6,
 * {@code jakarta}) on Platform 8. Everything else of the dev host is the same source on both;
 * only this seam knows Jetty's API, which moved between the two.
 * <p>
 * Filters apply in the order they are added, to requests (not forwards or error dispatches).
 * The container keeps the session cookie of {@link SessionCookie} and answers what it
 * renders itself under the API path in the API's error body ({@link ApiErrors}).
 */
public interface WebContainer {

    /** Adds a filter for the path spec ({@code /*}, {@code /rest/x/*}, {@code /exact}) of the context. */
    void addFilter(Filter filter, String pathSpec);

    /** Adds a servlet for the path spec; {@code name} may be {@code null} for a generated one. */
    void addServlet(String name, Servlet servlet, String pathSpec);

    /** Starts listening; the context serves once this returns. */
    void start() throws Exception;

    /** The port it listens on, once started. */
    int port();

    /** Stops listening and destroys the context's filters and servlets. */
    void stop() throws Exception;

    /** Makes the containers of one platform; found by {@link java.util.ServiceLoader}. */
    interface Factory {
        /** The Atlassian platform whose web stack this container plays: {@code 7} or {@code 8}. */
        int platform();

        /**
         * @param host        the address to listen on ({@code 127.0.0.1})
         * @param port        the port, {@code 0} for a free one
         * @param contextPath {@code /jira} or {@code /confluence}
         * @param errors      the error bodies for paths under the API
         */
        WebContainer create(String host, int port, String contextPath, ApiErrors errors);
    }

    /**
     * The factory on the class path: a {@link Factory} service (the Platform 8 dev host's Jetty 12)
     * when there is one, else Jetty 9 of this module.
     */
    static Factory factory() {
        for (Factory factory : java.util.ServiceLoader.load(Factory.class, WebContainer.class.getClassLoader())) {
            return factory;
        }
        return new Jetty9Container.Factory9();
    }
}
