package io.usercleanup.rest;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import io.usercleanup.core.export.EntraMemberFile;
import io.usercleanup.core.export.ExportFileNames;
import io.usercleanup.core.model.IdpExportSummary;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.UserQuery;
import io.usercleanup.core.service.NotFoundException;
import io.usercleanup.core.service.RunExports;
import io.usercleanup.core.service.RunService;
import io.usercleanup.core.service.ValidationException;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import java.util.List;

/**
 * A run, its affected users and its downloads: {@code /runs/{runId}}. {@code 401}/{@code 403}
 * as for every resource; {@code 404} for an unknown run, or a download the run does not have;
 * {@code 409} for a download of a run that is still running (it would be partial). Downloads are
 * streamed from the run's record.
 */
@SystemAdminOnly
@Path("/runs/{runId}")
public class RunResource {
    static final String CSV = "text/csv; charset=UTF-8";

    private final AdminGate gate;
    private final RunService runs;
    private final RunExports exports;

    @Inject
    public RunResource(AdminGate gate, RunService runs, RunExports exports) {
        this.gate = gate;
        this.runs = runs;
        this.exports = exports;
    }

    /** {@code 200} with the run. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("runId") long runId, @Context UriInfo uri) {
        gate.requireSystemAdmin();
        RunRecord run = runs.get(runId);
        return Json.ok(RunJson.write(run, exports.idpExports(runId), ApiPaths.base(uri)));
    }

    /**
     * {@code 200} with a page of the affected users, ordered by username; with the optional
     * {@code q}, {@code outcome} (repeatable), {@code group}, {@code sort} and {@code order}, those
     * the search lists, in its order, {@code total} counting them all. {@code 400} naming the
     * parameter for a bad page or an unknown outcome, sort or order.
     */
    @GET
    @Path("users")
    @Produces(MediaType.APPLICATION_JSON)
    public Response users(@PathParam("runId") long runId, @Context HttpServletRequest request) {
        gate.requireSystemAdmin();
        QueryParams query = QueryParams.of(request);
        long start = query.whole("start", 0, 0, Long.MAX_VALUE);
        int limit = query.integer("limit", 100, 1, RunService.MAX_PAGE);
        UserQuery search = RunService.userQuery(query.text("q", null), query.all("outcome"), query.text("group", null),
                query.text("sort", null), query.text("order", null));
        return Json.ok(RunJson.users(runs.users(runId, search, start, limit)));
    }

    /** {@code 200} with the target groups the run recorded outcomes in, ordered by name (Show users' group filter). */
    @GET
    @Path("groups")
    @Produces(MediaType.APPLICATION_JSON)
    public Response groups(@PathParam("runId") long runId) {
        gate.requireSystemAdmin();
        return Json.ok(runs.outcomeGroups(runId));
    }

    /** {@code 200 text/csv}: the full report, one row per (user, group) outcome. */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response report(@PathParam("runId") long runId) {
        gate.requireSystemAdmin();
        exports.finishedRun(runId);
        StreamingOutput body = out -> exports.writeReport(runId, out);
        return download(body, CSV, "user-cleanup-run-" + runId + ".csv");
    }

    /** {@code 200 text/csv}: the Entra ID file of one group of the run. */
    @GET
    @Path("idp-exports/{group}")
    @Produces("text/csv")
    public Response idpFile(@PathParam("runId") long runId, @PathParam("group") String group) {
        gate.requireSystemAdmin();
        EntraMemberFile file = exports.idpFile(runId, group);
        return download(file::writeTo, CSV, ExportFileNames.forGroup(group));
    }

    /**
     * {@code 200 text/csv}: as {@link #idpFile}, with the group name as a query parameter, the form
     * of the link for names that cannot be a path segment ({@code .}, {@code ..}, names with
     * {@code /} or {@code \}); {@code 400} without it.
     */
    @GET
    @Path("idp-exports")
    @Produces("text/csv")
    public Response idpFileByQuery(@PathParam("runId") long runId, @Context HttpServletRequest request) {
        gate.requireSystemAdmin();
        String group = QueryParams.of(request).text("group", null);
        if (group == null) {
            throw ValidationException.of("group", "Name the group: idp-exports?group=<the URL-encoded group name>.");
        }
        return idpFile(runId, group);
    }

    /** {@code 200 application/zip}: every Entra ID file of the run, an entry {@code <group>.csv} each. */
    @GET
    @Path("idp-exports.zip")
    @Produces("application/zip")
    public Response idpZip(@PathParam("runId") long runId) {
        gate.requireSystemAdmin();
        exports.finishedRun(runId);
        List<IdpExportSummary> files = exports.idpExports(runId);
        if (files.isEmpty()) {
            throw new NotFoundException("Run " + runId + " has no identity provider files");
        }
        StreamingOutput body = out -> exports.writeIdpZip(runId, out);
        return download(body, "application/zip", "user-cleanup-run-" + runId + "-idp-exports.zip");
    }

    private static Response download(StreamingOutput body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", ContentDisposition.attachment(fileName))
                .header("Cache-Control", "no-store").build();
    }
}
