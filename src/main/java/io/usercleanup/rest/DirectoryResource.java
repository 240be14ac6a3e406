package io.usercleanup.rest;

import io.usercleanup.core.directory.ApplicationInfo;
import io.usercleanup.core.directory.DirectoryInfo;
import io.usercleanup.core.directory.UserDirectory;
import io.usercleanup.core.service.CleanupService;
import io.usercleanup.core.service.ValidationException;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the admin pages pick from: directories, groups, applications, and a schedule's next run
 * times before it is saved. {@code 401}/{@code 403} as for every resource.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {
    private static final int MAX_GROUPS = 100;

    private final AdminGate gate;
    private final UserDirectory directory;
    private final CleanupService cleanups;

    @Inject
    public DirectoryResource(AdminGate gate, UserDirectory directory, CleanupService cleanups) {
        this.gate = gate;
        this.directory = directory;
        this.cleanups = cleanups;
    }

    /** {@code 200} with every user directory. */
    @GET
    @Path("directories")
    public Response directories(@Context HttpServletRequest request) {
        gate.requireSystemAdmin(request);
        return Json.ok(directory.directories().stream().map(DirectoryResource::json).collect(Collectors.toList()));
    }

    /** {@code 200} with up to {@code limit} (at most 100) group names starting with {@code query}. */
    @GET
    @Path("groups")
    public Response groups(@Context HttpServletRequest request) {
        gate.requireSystemAdmin(request);
        QueryParams params = QueryParams.of(request);
        String query = params.text("query", "");
        int limit = params.integer("limit", 50, 1, MAX_GROUPS);
        return Json.ok(directory.findGroupNames(query, limit));
    }

    /** {@code 200} with every application and its licensing groups. */
    @GET
    @Path("applications")
    public Response applications(@Context HttpServletRequest request) {
        gate.requireSystemAdmin(request);
        return Json.ok(directory.applications().stream().map(DirectoryResource::json).collect(Collectors.toList()));
    }

    /** {@code 200} with the next five run times of a schedule; {@code 400} with the reason when it is invalid. */
    @GET
    @Path("schedule-preview")
    public Response schedulePreview(@Context HttpServletRequest request) {
        gate.requireSystemAdmin(request);
        QueryParams params = QueryParams.of(request);
        String cron = params.text("cron", null);
        String timeZone = params.text("timeZone", null);
        // The service's errors name the fields as in a cleanup (schedule.cron), as the admin page expects.
        return Json.ok(cleanups.preview(cron, timeZone, 5).stream().map(Object::toString)
                .collect(Collectors.toList()));
    }

    private static Map<String, Object> json(DirectoryInfo d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", d.id());
        json.put("name", d.name());
        json.put("type", d.kind().name());
        json.put("readOnly", d.readOnly());
        return json;
    }

    private static Map<String, Object> json(ApplicationInfo a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", a.key());
        json.put("name", a.name());
        json.put("groups", a.groups());
        return json;
    }
}
