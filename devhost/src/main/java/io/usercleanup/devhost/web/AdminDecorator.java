package io.usercleanup.devhost.web;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's (or Confluence's) {@code atl.admin} decorator for the dev host: a page that asks for it
 * ({@code <meta name="decorator" content="atl.admin">}) is put into an admin page frame with
 * AUI and the web resources the page required through the page builder, as Sitemesh does in Jira.
 */
final class AdminDecorator extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Pattern DECORATOR = Pattern.compile("<meta\\s+name=\"decorator\"\\s+content=\"atl\\.admin\"\\s*/?>");
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);

    private final transient PluginDescriptor descriptor;
    private final String product;

    /** @param product the product's name for the page's title and header */
    AdminDecorator(PluginDescriptor descriptor, String product) {
        this.descriptor = descriptor;
        this.product = product;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Capture capture = new Capture(response);
        try {
            chain.doFilter(request, capture);
        } finally {
            List<String> required = DevHostPageBuilder.drain();
            capture.flushBuffer();
            String content = capture.text();
            if (!response.isCommitted() && DECORATOR.matcher(content).find()) {
                byte[] page = decorate(request, content, required).getBytes(StandardCharsets.UTF_8);
                response.setContentLength(page.length);
                response.getOutputStream().write(page);
            } else if (!response.isCommitted()) {
                response.getOutputStream().write(capture.bytes());
            }
        }
    }

    private String decorate(HttpServletRequest request, String content, List<String> required) {
        String context = request.getContextPath();
        Matcher title = TITLE.matcher(content);
        Matcher body = BODY.matcher(content);
        StringBuilder head = new StringBuilder();
        String aui = context + StaticFilesServlet.AUI;
        head.append("<link rel=\"stylesheet\" href=\"").append(aui).append("/@atlassian/aui/dist/aui/aui-prototyping.css\">\n");
        head.append("<script src=\"").append(aui).append("/jquery/dist/jquery.min.js\"></script>\n");
        head.append("<script src=\"").append(aui).append("/@atlassian/aui/dist/aui/aui-prototyping.js\"></script>\n");
        for (String module : required) {
            for (PluginDescriptor.Resource resource : descriptor.webResource(module).resources()) {
                String href = context + StaticFilesServlet.RESOURCES + "/" + module + "/" + resource.name();
                if (resource.name().endsWith(".css")) {
                    head.append("<link rel=\"stylesheet\" href=\"").append(href).append("\">\n");
                } else if (resource.name().endsWith(".js")) {
                    head.append("<script src=\"").append(href).append("\"></script>\n");
                }
            }
        }
        String user = String.valueOf(io.usercleanup.devhost.RemoteUser.of(request));
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>"
                + (title.find() ? title.group(1) : product) + " - " + product + " (dev host)</title>\n"
                + "<link rel=\"icon\" href=\"data:,\">\n" + head
                + "</head>\n<body class=\"aui-layout aui-theme-default\"><div id=\"page\">\n"
                + "<header id=\"header\" role=\"banner\"><nav class=\"aui-header\" aria-label=\"Site\">"
                + "<div class=\"aui-header-inner\"><div class=\"aui-header-primary\"><span class=\"aui-header-logo\">"
                + "<strong>" + product + " administration</strong> (User Cleanup dev host)</span></div>"
                + "<div class=\"aui-header-secondary\"><ul class=\"aui-nav\"><li><a href=\"" + context
                + "/logout\">Log out " + escape(user) + "</a></li></ul></div></div></nav></header>\n"
                + "<section id=\"content\" role=\"main\"><div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">"
                + "<section class=\"aui-page-panel-content\">\n" + (body.find() ? body.group(1) : content)
                + "\n</section></div></div></section></div></body></html>\n";
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Keeps what the servlet writes, to decorate it afterwards. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final PrintWriter writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void write(int b) {
                buffer.write(b);
            }
        };

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }

        byte[] bytes() {
            return buffer.toByteArray();
        }

        String text() {
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }
}
