package io.usercleanup.devhost.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves files to the browser: the plugin's web resources as Jira's URLs name them
 * ({@code /download/resources/<plugin>:<module>/<name>}) and AUI from the npm package the build
 * installs ({@code /devhost/aui/...}), in place of Jira's own copy.
 */
final class StaticFilesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String RESOURCES = "/download/resources";
    static final String AUI = "/devhost/aui";
    private static final Map<String, String> TYPES = Map.of("js", "application/javascript; charset=UTF-8",
            "css", "text/css; charset=UTF-8", "svg", "image/svg+xml", "png", "image/png", "woff", "font/woff",
            "woff2", "font/woff2", "ttf", "font/ttf", "eot", "application/vnd.ms-fontobject", "map", "application/json");

    private final transient PluginDescriptor descriptor;
    private final transient Path auiRoot;

    StaticFilesServlet(PluginDescriptor descriptor, Path auiRoot) {
        this.descriptor = descriptor;
        this.auiRoot = auiRoot.toAbsolutePath().normalize();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith(RESOURCES + "/")) {
            servePluginResource(path.substring(RESOURCES.length() + 1), response);
        } else if (path.startsWith(AUI + "/")) {
            serveAui(path.substring(AUI.length() + 1), response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void servePluginResource(String rest, HttpServletResponse response) throws IOException {
        int slash = rest.indexOf('/');
        if (slash < 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String module = rest.substring(0, slash);
        String name = rest.substring(slash + 1);
        PluginDescriptor.Resource found = null;
        try {
            for (PluginDescriptor.Resource resource : descriptor.webResource(module).resources()) {
                if ("download".equals(resource.type()) && resource.name().equals(name)) {
                    found = resource;
                }
            }
        } catch (IllegalArgumentException e) {
            found = null;
        }
        if (found == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = StaticFilesServlet.class.getResourceAsStream("/" + found.location())) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(type(name));
            response.setHeader("Cache-Control", "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }

    private void serveAui(String rest, HttpServletResponse response) throws IOException {
        Path file = auiRoot.resolve(rest).normalize();
        if (!file.startsWith(auiRoot) || !Files.isRegularFile(file)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type(file.getFileName().toString()));
        response.setHeader("Cache-Control", "max-age=3600");
        Files.copy(file, response.getOutputStream());
    }

    private static String type(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
