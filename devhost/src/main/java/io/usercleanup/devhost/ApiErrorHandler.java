package io.usercleanup.devhost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Jetty's own error answers in the API's JSON error body, where a request never reaches the
 * REST container: a request line Jetty cannot parse (malformed percent-encoding, an illegal
 * character), which it answers before any path is known, and errors it renders itself for paths
 * under the API. Other paths keep Jetty's pages, and the host's {@code 401} and {@code 403}
 * answers (login, XSRF) are left as the host gives them.
 */
final class ApiErrorHandler extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String apiPrefix;

    /** @param apiPrefix such as {@code /jira/rest/user-cleanup/1.0} */
    ApiErrorHandler(String apiPrefix) {
        this.apiPrefix = apiPrefix;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=UTF-8");
        return ByteBuffer.wrap(body("The request is malformed (" + (reason == null ? "status " + status : reason)
                + "); check its percent-encoding and characters.").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void doError(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String uri = request.getRequestURI();
        int status = response.getStatus();
        if (uri == null || !(uri.equals(apiPrefix) || uri.startsWith(apiPrefix + "/")) || status == 401
                || status == 403) {
            super.doError(target, baseRequest, request, response);
            return;
        }
        baseRequest.setHandled(true);
        response.setContentType("application/json; charset=UTF-8");
        response.getOutputStream().write(body(status == 404 ? "There is no such resource; check the path."
                : "The request failed with status " + status + ".").getBytes(StandardCharsets.UTF_8));
    }

    private static String body(String message) {
        try {
            return JSON.writeValueAsString(Map.of("errors", List.of(Map.of("message", message))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
