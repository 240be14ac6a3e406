package io.usercleanup.rest;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import io.usercleanup.core.directory.ApplicationInfo;
import io.usercleanup.core.directory.DirectoryInfo;
import io.usercleanup.core.directory.GroupInfo;
import io.usercleanup.core.directory.UserDirectory;
import io.usercleanup.core.service.CleanupService;
import io.usercleanup.core.service.FieldError;
import io.usercleanup.core.service.NotFoundException;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the admin pages pick from: directories, groups, applications, and a schedule's next run
 * times before it is saved. {@code 401}/{@code 403} as for every resource.
 */
@SystemAdminOnly
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {
    private static final int MAX_GROUPS = 100;
    /** Beyond any directory's groups; keeps {@code start + limit + 1} an int. */
    private static final int MAX_START = 1_000_000_000;

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
    public Response directories() {
        gate.requireSystemAdmin();
        return Json.ok(directory.directories().stream().map(DirectoryResource::json).collect(Collectors.toList()));
    }

    /**
     * {@code 200} with a page of the group names starting with {@code query} (ignoring case):
     * {@code {"start":0,"limit":50,"more":true,"groups":[...]}}, {@code more} telling whether
     * further names follow the page. {@code 400} naming the parameter when {@code start} is not a
     * whole number from 0 or {@code limit} not one from 1 to 100.
     */
    @GET
    @Path("groups")
    public Response groups(@Context HttpServletRequest request) {
        gate.requireSystemAdmin();
        QueryParams params = QueryParams.of(request);
        String query = params.text("query", "");
        int first = params.integer("start", 0, 0, MAX_START);
        int size = params.integer("limit", 50, 1, MAX_GROUPS);
        // One name more than the page tells whether another page follows, without counting them all.
        List<String> names = directory.findGroupNames(query, first, size + 1);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("start", first);
        json.put("limit", size);
        json.put("more", names.size() > size);
        json.put("groups", names.size() > size ? names.subList(0, size) : names);
        return Json.ok(json);
    }

    /**
     * {@code 200} with the group of that name and the directory it lives in,
     * {@code {"name":"ldap-users","directoryId":10100}}, so that the cleanup form can warn of a
     * target in a read-only directory before it is saved; {@code 404} when there is no such group,
     * {@code 400} without a name.
     */
    @GET
    @Path("group")
    public Response group(@Context HttpServletRequest request) {
        gate.requireSystemAdmin();
        String name = QueryParams.of(request).text("name", null);
        if (name == null || name.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("name", "Name a group.")));
        }
        GroupInfo group = directory.findGroup(name)
                .orElseThrow(() -> new NotFoundException("There is no group called '" + name + "'."));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", group.name());
        json.put("directoryId", group.directoryId());
        return Json.ok(json);
    }

    /**
     * {@code 200} with the names among {@code ?name=a&name=b...} that are no user of the
     * application, {@code {"unknown":["b"]}}, so that the cleanup form can warn of excluded
     * usernames that exclude nobody before it is saved; {@code 400} (parameter {@code name})
     * without a name, with more than {@value CleanupService#MAX_USERNAME_CHECKS}, or with one no
     * exclusion could hold.
     */
    @GET
    @Path("users/check")
    public Response checkUsers(@Context HttpServletRequest request) {
        gate.requireSystemAdmin();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("unknown", List.copyOf(cleanups.unknownUsernames(QueryParams.of(request).all("name"))));
        return Json.ok(json);
    }

    /** {@code 200} with every application and its licensing groups. */
    @GET
    @Path("applications")
    public Response applications() {
        gate.requireSystemAdmin();
        return Json.ok(directory.applications().stream().map(DirectoryResource::json).collect(Collectors.toList()));
    }

    /** {@code 200} with the next five run times of a schedule; {@code 400} with the reason when it is invalid. */
    @GET
    @Path("schedule-preview")
    public Response schedulePreview(@Context HttpServletRequest request) {
        gate.requireSystemAdmin();
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
