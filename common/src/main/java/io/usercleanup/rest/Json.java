package io.usercleanup.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.ws.rs.core.Response;
import java.io.UncheckedIOException;

/** Writes JSON responses with the API's media type. */
final class Json {
    /** The media type of every JSON response. */
    static final String MEDIA_TYPE = "application/json; charset=UTF-8";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response ok(Object value) {
        return status(Response.Status.OK, value);
    }

    static Response status(Response.Status status, Object value) {
        return Response.status(status).type(MEDIA_TYPE).entity(write(value)).build();
    }
}
