package io.usercleanup.devhost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;

/**
 * What the web container answers in the API's JSON error body, where a request never reaches the
 * REST container: a request line the container cannot parse (malformed percent-encoding, an
 * illegal character), answered before any path is known, and errors it renders itself for paths
 * under the API. Other paths keep the container's pages, and the host's {@code 401} and
 * {@code 403} answers (login, XSRF) are left as the host gives them. Both platforms' containers
 * ask this class, so the bodies are one source.
 */
public final class ApiErrors {
    /** The media type of these bodies. */
    public static final String JSON = "application/json; charset=UTF-8";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final String apiPrefix;

    /** @param apiPrefix such as {@code /jira/rest/user-cleanup/1.0} */
    public ApiErrors(String apiPrefix) {
        this.apiPrefix = apiPrefix;
    }

    /** The body for a request the container could not parse. */
    public String badMessage(int status, String reason) {
        return body("The request is malformed (" + (reason == null ? "status " + status : reason)
                + "); check its percent-encoding and characters.");
    }

    /** Whether an error of the container for this URI and status gets the API's body instead of the container's page. */
    public boolean isApiError(String uri, int status) {
        return uri != null && (uri.equals(apiPrefix) || uri.startsWith(apiPrefix + "/")) && status != 401
                && status != 403;
    }

    /** The API's body for an error the container renders itself. */
    public String errorBody(int status) {
        return body(status == 404 ? "There is no such resource; check the path."
                : "The request failed with status " + status + ".");
    }

    private static String body(String message) {
        try {
            return MAPPER.writeValueAsString(Map.of("errors", List.of(Map.of("message", message))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
