package io.usercleanup.devhost;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Jetty 9's error handler with the API's error bodies of {@link ApiErrors}. */
final class ApiErrorHandler extends ErrorHandler {
    private final ApiErrors errors;

    ApiErrorHandler(ApiErrors errors) {
        this.errors = errors;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ApiErrors.JSON);
        return ByteBuffer.wrap(errors.badMessage(status, reason).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void doError(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!errors.isApiError(request.getRequestURI(), response.getStatus())) {
            super.doError(target, baseRequest, request, response);
            return;
        }
        baseRequest.setHandled(true);
        response.setContentType(ApiErrors.JSON);
        response.getOutputStream().write(errors.errorBody(response.getStatus()).getBytes(StandardCharsets.UTF_8));
    }
}
