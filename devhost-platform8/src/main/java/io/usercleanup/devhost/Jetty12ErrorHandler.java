package io.usercleanup.devhost;

import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Jetty 12's error handler of the context with the API's error bodies of {@link ApiErrors}: the
 * errors Jetty renders itself under the API path; everything else keeps Jetty's pages. A request
 * Jetty could not parse never reaches a context: {@link BadMessages}, the server's handler, answers it.
 */
final class Jetty12ErrorHandler extends ErrorHandler {
    private final ApiErrors errors;

    Jetty12ErrorHandler(ApiErrors errors) {
        this.errors = errors;
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                 String contentType, List<Charset> charsets, int code, String message,
                                                 Throwable cause) throws IOException {
        String body;
        if (code == 400 && cause instanceof HttpException) {
            body = errors.badMessage(code, message);
        } else if (errors.isApiError(request.getHttpURI() == null ? null : request.getHttpURI().getPath(), code)) {
            body = errors.errorBody(code);
        } else {
            return super.generateAcceptableResponse(request, response, callback, contentType, charsets, code,
                    message, cause);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ApiErrors.JSON);
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    /**
     * The server's error handler: outside the context Jetty answers only what it could not parse
     * ({@code 400}, such as malformed percent-encoding), in the API's body whatever the path, as
     * Jetty 9's {@code badMessageError} did on Platform 7; other errors keep Jetty's pages.
     */
    static final class BadMessages extends org.eclipse.jetty.server.handler.ErrorHandler {
        private final ApiErrors errors;

        BadMessages(ApiErrors errors) {
            this.errors = errors;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (response.getStatus() != 400) {
                return super.handle(request, response, callback);
            }
            Object message = request.getAttribute(ERROR_MESSAGE);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, ApiErrors.JSON);
            response.write(true, ByteBuffer.wrap(errors.badMessage(400, message == null ? null : message.toString())
                    .getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
    }
}
