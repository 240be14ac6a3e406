package io.usercleanup.rest;

import javax.ws.rs.NotSupportedException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * {@code 415} with the API's error body and a reason the caller can act on, both for the
 * plugin's own content type check ({@link RequestContentType}) and for Jersey's refusal of a
 * type that a method's {@code @Consumes} does not name (whose own message says only "HTTP 415").
 * Every method that takes a body takes JSON, so that is what the reason asks for.
 */
@Provider
public class UnsupportedMediaTypeMapper implements ExceptionMapper<NotSupportedException> {
    @Override
    public Response toResponse(NotSupportedException error) {
        String message = error instanceof UnsupportedContentTypeException ? error.getMessage()
                : UnsupportedContentTypeException.JSON_ONLY;
        return ErrorMapper.refusal(Response.Status.UNSUPPORTED_MEDIA_TYPE, message);
    }
}
