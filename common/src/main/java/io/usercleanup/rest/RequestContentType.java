package io.usercleanup.rest;

import javax.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The plugin's own check of what a request says its body is, so that it does not rely on the
 * host's XSRF rule alone. Jersey refuses a wrong type for a method that declares
 * {@code @Consumes(application/json)}, but lets a request with no {@code Content-Type} through,
 * and Jira's REST module enforces its XSRF rule only for POST. So: a method that takes a JSON
 * body calls {@link #requireJson}, and a method that takes none (DELETE) calls
 * {@link #refuseBody}; both answer {@code 415} with the API's error body. A form's type without
 * the XSRF token never gets this far ({@link FormXsrfFilter}).
 */
final class RequestContentType {
    private static final String JSON = "application/json";

    private RequestContentType() {
    }

    /** Refuses a request whose body is not declared as JSON, including one that declares nothing. */
    static void requireJson(HttpServletRequest request) {
        String type = mediaType(request);
        if (type == null) {
            throw new UnsupportedContentTypeException("The request has no Content-Type; send the body as JSON with "
                    + "Content-Type: application/json.");
        }
        if (!type.equals(JSON)) {
            throw new UnsupportedContentTypeException(UnsupportedContentTypeException.JSON_ONLY);
        }
    }

    /**
     * Refuses a bodyless method's request that declares a body of another type than JSON, such as a
     * form's: clients send such requests with no {@code Content-Type}, or with JSON's.
     */
    static void refuseBody(HttpServletRequest request) {
        String type = mediaType(request);
        if (type != null && !type.equals(JSON)) {
            throw new UnsupportedContentTypeException("This request takes no body; send it without a Content-Type "
                    + "(a body of type " + type + " is not accepted).");
        }
    }

    /** The type and subtype, lower case, without parameters; {@code null} when absent or blank. */
    private static String mediaType(HttpServletRequest request) {
        String header = request.getContentType();
        if (header == null || header.isBlank()) {
            return null;
        }
        String type = header.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() ? null : type;
    }
}
