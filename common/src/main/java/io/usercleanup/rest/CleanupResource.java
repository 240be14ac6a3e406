package io.usercleanup.rest;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.model.RunWithFiles;
import io.usercleanup.core.service.CleanupService;
import io.usercleanup.core.service.RunExports;
import io.usercleanup.core.service.RunService;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cleanups and their runs: {@code /cleanups}. {@code 401}/{@code 403} as for every resource;
 * {@code 400} for invalid input, {@code 404} for an unknown id, {@code 409} for a second run of
 * a running cleanup.
 */
@SystemAdminOnly
@Path("/cleanups")
@Produces(MediaType.APPLICATION_JSON)
public class CleanupResource {
    private static final Set<String> RUN_FIELDS = Set.of("dryRun");

    private final AdminGate gate;
    private final CleanupService cleanups;
    private final RunService runs;
    private final RunExports exports;

    @Inject
    public CleanupResource(AdminGate gate, CleanupService cleanups, RunService runs, RunExports exports) {
        this.gate = gate;
        this.cleanups = cleanups;
        this.runs = runs;
        this.exports = exports;
    }

    private Map<String, Object> json(CleanupDefinition cleanup) {
        return CleanupJson.write(cleanup, cleanups.nextRunAt(cleanup));
    }

    /** {@code 200} with every cleanup, ordered by name. */
    @GET
    public Response list() {
        gate.requireSystemAdmin();
        return Json.ok(cleanups.list().stream().map(this::json).collect(Collectors.toList()));
    }

    /** {@code 201} with the new cleanup and its {@code Location}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @Context HttpServletRequest request, @Context UriInfo uri) {
        RequestContentType.requireJson(request);
        String administrator = gate.requireSystemAdmin();
        CleanupDefinition created = cleanups.create(CleanupJson.read(body), administrator);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .type(Json.MEDIA_TYPE).entity(Json.write(json(created))).build();
    }

    /** {@code 200} with the cleanup. */
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        gate.requireSystemAdmin();
        return Json.ok(json(cleanups.get(id)));
    }

    /** {@code 200} with the replaced cleanup. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, String body, @Context HttpServletRequest request) {
        RequestContentType.requireJson(request);
        String administrator = gate.requireSystemAdmin();
        return Json.ok(json(cleanups.update(id, CleanupJson.read(body), administrator)));
    }

    /** {@code 204}; the cleanup's runs stay readable. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @Context HttpServletRequest request) {
        RequestContentType.refuseBody(request);
        gate.requireSystemAdmin();
        cleanups.delete(id);
        return Response.noContent().build();
    }

    /** {@code 202} with the run just started ({@code RUNNING} or already finished); {@code 409} if one is running. */
    @POST
    @Path("{id}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response run(@PathParam("id") long id, String body, @Context HttpServletRequest request,
                        @Context UriInfo uri) {
        RequestContentType.requireJson(request);
        String username = gate.requireSystemAdmin();
        JsonObject json = JsonObject.parse(body);
        json.rejectUnknownFields(RUN_FIELDS);
        // Required: a missing or null dryRun must never mean a real run that changes the directory.
        Boolean dryRun = json.requiredBool("dryRun");
        json.throwIfInvalid();
        RunRecord run = runs.startInBackground(id, RunTrigger.MANUAL, username, dryRun);
        return Json.status(Response.Status.ACCEPTED,
                RunJson.write(run, exports.idpExports(run.id()), ApiPaths.base(uri)));
    }

    /**
     * {@code 200} with the deleted cleanups whose runs are still recorded, newest first:
     * {@code [{"id":7,"name":"Old cleanup","runs":3,"lastRunAt":"..."}]}; their runs are read
     * under {@code /cleanups/{id}/runs} as before.
     */
    @GET
    @Path("deleted")
    public Response deleted() {
        gate.requireSystemAdmin();
        Set<Long> existing = cleanups.list().stream().map(CleanupDefinition::id).collect(Collectors.toSet());
        return Json.ok(runs.deletedCleanups(existing).stream().map(d -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", d.id());
            json.put("name", d.name());
            json.put("runs", d.runs());
            json.put("lastRunAt", d.lastRunAt().toString());
            return json;
        }).collect(Collectors.toList()));
    }

    /** {@code 200} with the cleanup's runs, newest first; {@code 404} when it never existed. */
    @GET
    @Path("{id}/runs")
    public Response history(@PathParam("id") long id, @Context UriInfo uri) {
        gate.requireSystemAdmin();
        List<RunWithFiles> history = exports.history(id);
        if (history.isEmpty()) {
            cleanups.get(id);
        }
        String base = ApiPaths.base(uri);
        return Json.ok(history.stream().map(r -> RunJson.write(r.run(), r.idpExports(), base))
                .collect(Collectors.toList()));
    }
}
