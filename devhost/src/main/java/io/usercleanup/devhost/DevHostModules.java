package io.usercleanup.devhost;

import javax.servlet.http.HttpServlet;
import java.util.List;
import java.util.Map;

/**
 * Modules a test adds to the dev host beside the plugin's, served exactly as the plugin's are:
 * REST resources in the plugin's REST module (same path, same checks) and servlets under
 * {@code /plugins/servlet}. They let a test probe what the host enforces without changing the
 * plugin.
 *
 * @param restResources resource instances, each a class with {@code @Path}
 * @param servlets      servlets by URL pattern, such as {@code /probe/page}
 */
public record DevHostModules(List<Object> restResources, Map<String, HttpServlet> servlets) {
    /** Nothing beyond the plugin's own modules. */
    public static final DevHostModules NONE = new DevHostModules(List.of(), Map.of());

    public DevHostModules {
        restResources = List.copyOf(restResources);
        servlets = Map.copyOf(servlets);
    }
}
