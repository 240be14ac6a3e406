package io.usercleanup.devhost;

import javax.ws.rs.core.Response;

/**
 * The bodies of the dev host's own refusals (wrong credentials, XSRF, access annotations):
 * {@code {"errors":[{"message":"..."}]}}, the error body of the contract, so that a script reads
 * every refusal the same way whether the host or the plugin made it.
 */
public final class HostAnswers {
    /** The media type of every JSON refusal. */
    public static final String JSON = "application/json; charset=UTF-8";

    private HostAnswers() {
    }

    /** The body for a message, which must be a constant of the host (it is not escaped). */
    public static String body(String message) {
        return "{\"errors\":[{\"message\":\"" + message + "\"}]}";
    }

    static Response json(Response.Status status, String message) {
        return Response.status(status).type(JSON).entity(body(message)).build();
    }
}
