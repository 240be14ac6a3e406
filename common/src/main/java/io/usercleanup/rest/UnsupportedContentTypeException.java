package io.usercleanup.rest;

import javax.ws.rs.NotSupportedException;

/** A request body of a type the API does not take ({@code 415}), with the reason to show the caller. */
final class UnsupportedContentTypeException extends NotSupportedException {
    private static final long serialVersionUID = 1L;
    /** The reason for a body of any type other than JSON where JSON is expected. */
    static final String JSON_ONLY = "The request body must be JSON, sent with Content-Type: application/json.";

    UnsupportedContentTypeException(String message) {
        super(message);
    }
}
