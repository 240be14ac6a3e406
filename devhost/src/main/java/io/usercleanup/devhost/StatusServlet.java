package io.usercleanup.devhost;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /jira/status}: {@code 200 {"state":"RUNNING","standsInFor":"Jira 10 (Platform 7)"}} once
 * everything is ready, {@code 503} with the state {@code STARTING} before.
 */
final class StatusServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient BooleanSupplier running;
    private final String standsInFor;

    /** @param standsInFor a constant of the host, such as {@code Jira 11 (Platform 8)} (not escaped) */
    StatusServlet(BooleanSupplier running, String standsInFor) {
        this.running = running;
        this.standsInFor = standsInFor;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean ready = running.getAsBoolean();
        response.setStatus(ready ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json; charset=UTF-8");
        response.getOutputStream().write(("{\"state\":\"" + (ready ? "RUNNING" : "STARTING")
                + "\",\"standsInFor\":\"" + standsInFor + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
