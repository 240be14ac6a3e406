package io.usercleanup.rest;

import io.usercleanup.core.service.ConflictException;
import io.usercleanup.core.service.FieldError;
import io.usercleanup.core.service.NotFoundException;
import io.usercleanup.core.service.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place where the plugin's errors become responses, all with the body
 * {@code {"errors":[{"field":"...","message":"..."}]}}: invalid input {@code 400}, no user
 * {@code 401}, not a system administrator {@code 403}, unknown id {@code 404}, conflict
 * {@code 409}; anything unexpected {@code 500}, logged with its stack trace. Answers that the host
 * or Jersey made themselves ({@link WebApplicationException} with a body) pass through unchanged.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof ValidationException) {
            return body(Response.Status.BAD_REQUEST, ((ValidationException) error).errors());
        }
        if (error instanceof NotAuthenticatedException) {
            return message(Response.Status.UNAUTHORIZED, error.getMessage());
        }
        if (error instanceof NotPermittedException) {
            return message(Response.Status.FORBIDDEN, error.getMessage());
        }
        if (error instanceof NotFoundException) {
            return message(Response.Status.NOT_FOUND, error.getMessage());
        }
        if (error instanceof ConflictException) {
            return message(Response.Status.CONFLICT, error.getMessage());
        }
        if (error instanceof WebApplicationException) {
            return container(((WebApplicationException) error).getResponse());
        }
        LOG.error("User Cleanup REST request failed", error);
        return message(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong inside User Cleanup; the application log has the details.");
    }

    /** A refusal with the API's error body, for filters that answer before any resource runs. */
    static Response refusal(Response.Status status, String message) {
        return message(status, message);
    }

    /**
     * The REST container's own refusals (no such resource, method, media type...) in the API's
     * body, keeping their status and headers such as {@code Allow} or {@code WWW-Authenticate}.
     * What the host answered itself passes unchanged: its authentication, permission and XSRF
     * refusals ({@code 401}, {@code 403}) and any response that already has a body.
     */
    private static Response container(Response original) {
        int status = original.getStatus();
        if (status == 401 || status == 403 || original.hasEntity()) {
            return original;
        }
        Response.ResponseBuilder builder = Response.fromResponse(original).type(Json.MEDIA_TYPE)
                .entity(errorsJson(List.of(new FieldError(null, containerMessage(original)))));
        if (status >= 500) {
            LOG.error("User Cleanup REST request failed in the REST container with status {}", status);
        }
        return builder.build();
    }

    private static String containerMessage(Response original) {
        switch (original.getStatus()) {
            case 400:
                return "The request is malformed.";
            case 404:
                return "There is no such resource; check the path and the id in it.";
            case 405:
                String allow = original.getHeaderString("Allow");
                return "This method is not allowed on this resource" + (allow == null ? "." : "; allowed: " + allow + ".");
            case 406:
                return "The response cannot be given in an accepted media type; accept application/json"
                        + " (text/csv or application/zip for downloads).";
            case 415:
                return "Unsupported request media type; send the body as application/json.";
            default:
                String reason = original.getStatusInfo().getReasonPhrase();
                return reason == null || reason.isBlank() ? "The request failed with status " + original.getStatus() + "."
                        : reason + ".";
        }
    }

    private static Response message(Response.Status status, String message) {
        return body(status, List.of(new FieldError(null, message)));
    }

    private static Response body(Response.Status status, List<FieldError> errors) {
        return Response.status(status).type(Json.MEDIA_TYPE).entity(errorsJson(errors)).build();
    }

    private static String errorsJson(List<FieldError> errors) {
        List<Map<String, Object>> list = errors.stream().map(e -> {
            Map<String, Object> json = new LinkedHashMap<>();
            if (e.field() != null) {
                json.put("field", e.field());
            }
            json.put("message", e.message());
            return json;
        }).collect(Collectors.toList());
        return Json.write(Map.of("errors", list));
    }
}
