package io.usercleanup.devhost;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/** {@code GET /jira/status}: {@code 200 {"state":"RUNNING"}} once everything is ready, {@code 503} before. */
final class StatusServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient BooleanSupplier running;

    StatusServlet(BooleanSupplier running) {
        this.running = running;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean ready = running.getAsBoolean();
        response.setStatus(ready ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json; charset=UTF-8");
        response.getOutputStream().write((ready ? "{\"state\":\"RUNNING\"}" : "{\"state\":\"STARTING\"}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
