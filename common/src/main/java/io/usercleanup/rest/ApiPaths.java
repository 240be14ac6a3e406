package io.usercleanup.rest;

import javax.ws.rs.core.UriInfo;

/** Links within the API, relative to the host (such as {@code /jira/rest/user-cleanup/1.0/runs/42}). */
final class ApiPaths {
    private ApiPaths() {
    }

    /** The API's base path, ending with {@code /}. */
    static String base(UriInfo uri) {
        String path = uri.getBaseUri().getRawPath();
        return path.endsWith("/") ? path : path + "/";
    }
}
