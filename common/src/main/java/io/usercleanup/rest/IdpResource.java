package io.usercleanup.rest;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.service.IdpService;

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

/**
 * Identity provider configurations: {@code /idps}. Every method answers {@code 401} without a
 * logged-in user and {@code 403} for one who is not a system administrator; {@code 400} for
 * invalid input, {@code 404} for an unknown id, {@code 409} when deleting one a cleanup uses.
 */
@SystemAdminOnly
@Path("/idps")
@Produces(MediaType.APPLICATION_JSON)
public class IdpResource {
    private final AdminGate gate;
    private final IdpService idps;

    @Inject
    public IdpResource(AdminGate gate, IdpService idps) {
        this.gate = gate;
        this.idps = idps;
    }

    /** {@code 200} with every configuration, ordered by name. */
    @GET
    public Response list() {
        gate.requireSystemAdmin();
        return Json.ok(IdpJson.write(idps.list()));
    }

    /** {@code 201} with the new configuration and its {@code Location}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @Context HttpServletRequest request, @Context UriInfo uri) {
        RequestContentType.requireJson(request);
        gate.requireSystemAdmin();
        IdpConfig created = idps.create(IdpJson.read(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .type(Json.MEDIA_TYPE).entity(Json.write(IdpJson.write(created))).build();
    }

    /** {@code 200} with the configuration. */
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        gate.requireSystemAdmin();
        return Json.ok(IdpJson.write(idps.get(id)));
    }

    /** {@code 200} with the replaced configuration. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, String body, @Context HttpServletRequest request) {
        RequestContentType.requireJson(request);
        gate.requireSystemAdmin();
        return Json.ok(IdpJson.write(idps.update(id, IdpJson.read(body))));
    }

    /** {@code 204}; {@code 409} while a cleanup exports for it. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @Context HttpServletRequest request) {
        RequestContentType.refuseBody(request);
        gate.requireSystemAdmin();
        idps.delete(id);
        return Response.noContent().build();
    }
}
