package io.usercleanup.rest;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import io.usercleanup.core.model.AppSettings;
import io.usercleanup.core.service.SettingsService;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The app's settings: {@code /settings}. {@code 401}/{@code 403} as for every resource;
 * {@code 400} with the field and the reason for invalid input.
 */
@SystemAdminOnly
@Path("/settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {
    private static final String RETENTION = "historyRetentionDays";
    private static final String MINIMUM_INTERVAL = "minimumScheduleIntervalMinutes";
    private static final Set<String> FIELDS = Set.of(RETENTION, MINIMUM_INTERVAL);

    private final AdminGate gate;
    private final SettingsService settings;

    @Inject
    public SettingsResource(AdminGate gate, SettingsService settings) {
        this.gate = gate;
        this.settings = settings;
    }

    /** {@code 200} with the settings. */
    @GET
    public Response get() {
        gate.requireSystemAdmin();
        return Json.ok(json(settings.get()));
    }

    /** {@code 200} with the settings as saved; {@code 400} with every invalid field. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(String body, @Context HttpServletRequest request) {
        RequestContentType.requireJson(request);
        gate.requireSystemAdmin();
        JsonObject json = JsonObject.parse(body);
        json.rejectUnknownFields(FIELDS);
        Integer days = json.integer(RETENTION);
        Integer minimumInterval = json.integer(MINIMUM_INTERVAL);
        json.throwIfInvalid();
        return Json.ok(json(settings.update(days, minimumInterval)));
    }

    private static Map<String, Object> json(AppSettings value) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(RETENTION, value.historyRetentionDays());
        json.put(MINIMUM_INTERVAL, value.minimumScheduleIntervalMinutes());
        return json;
    }
}
