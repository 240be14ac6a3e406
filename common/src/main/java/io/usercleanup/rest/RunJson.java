package io.usercleanup.rest;

import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.IdpExportSummary;
import io.usercleanup.core.model.Page;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.UserOutcome;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The JSON form of runs, their users and their identity provider files. */
final class RunJson {
    private RunJson() {
    }

    /**
     * @param apiPath the API's base path, such as {@code /jira/rest/user-cleanup/1.0/}, for links
     */
    static Map<String, Object> write(RunRecord run, List<IdpExportSummary> exports, String apiPath) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", run.id());
        json.put("cleanupId", run.cleanupId());
        json.put("cleanupName", run.cleanupName());
        json.put("trigger", run.trigger().name());
        json.put("triggeredBy", run.triggeredBy());
        json.put("dryRun", run.dryRun());
        json.put("status", run.status().name());
        json.put("startedAt", instant(run.startedAt()));
        json.put("finishedAt", instant(run.finishedAt()));
        json.put("message", run.message());
        json.put("counts", counts(run.counts()));
        json.put("idpExports", exports.stream().map(e -> export(run.id(), e, apiPath)).collect(Collectors.toList()));
        json.put("reportHref", apiPath + "runs/" + run.id() + "/export.csv");
        json.put("idpExportsZipHref", exports.isEmpty() ? null : apiPath + "runs/" + run.id() + "/idp-exports.zip");
        return json;
    }

    private static Map<String, Object> counts(RunCounts c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("evaluated", c.evaluated());
        json.put("inactive", c.inactive());
        json.put("excluded", c.excluded());
        json.put("skipped", c.skipped());
        json.put("removed", c.removed());
        json.put("deactivated", c.deactivated());
        json.put("exported", c.exported());
        json.put("noIdentifier", c.noIdentifier());
        json.put("failed", c.failed());
        json.put("reported", c.reported());
        return json;
    }

    private static Map<String, Object> export(long runId, IdpExportSummary export, String apiPath) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("idpId", export.idpId());
        json.put("group", export.group());
        json.put("rows", export.rows());
        json.put("href", idpFileHref(apiPath, runId, export.group()));
        return json;
    }

    /**
     * The link to a group's file. Ordinarily {@code runs/<id>/idp-exports/<group>} with the name
     * as one URL-encoded path segment. A name that cannot travel as a path segment gets
     * {@code runs/<id>/idp-exports?group=<name>} instead: {@code .} and {@code ..} are removed by
     * every client and proxy that normalises paths (WHATWG URL parsers treat {@code %2E} as a dot
     * too), and an encoded {@code /} or {@code \} is refused or decoded early by servlet containers
     * (Tomcat, Jetty) before the REST module sees the segment.
     */
    static String idpFileHref(String apiPath, long runId, String group) {
        String files = apiPath + "runs/" + runId + "/idp-exports";
        if (group.equals(".") || group.equals("..") || group.indexOf('/') >= 0 || group.indexOf('\\') >= 0) {
            return files + "?group=" + encoded(group);
        }
        return files + "/" + encoded(group);
    }

    /**
     * URL-encoded as UTF-8, with spaces as {@code %20} and a plus as {@code %2B}, so that the value
     * decodes the same as a path segment and as a query parameter.
     */
    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static Map<String, Object> users(Page<UserOutcome> page) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("start", page.start());
        json.put("limit", page.limit());
        json.put("total", page.total());
        json.put("users", page.items().stream().map(RunJson::user).collect(Collectors.toList()));
        return json;
    }

    private static Map<String, Object> user(UserOutcome user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("username", user.username());
        json.put("displayName", user.displayName());
        json.put("email", user.email());
        json.put("directoryId", user.directoryId());
        json.put("lastLogin", instant(user.lastLogin()));
        json.put("outcomes", user.outcomes().stream().map(RunJson::outcome).collect(Collectors.toList()));
        json.put("deactivated", user.deactivated());
        return json;
    }

    private static Map<String, Object> outcome(GroupOutcome outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("group", outcome.group());
        json.put("outcome", outcome.outcome().name());
        json.put("reason", outcome.reason());
        json.put("identifier", outcome.identifier());
        json.put("pending", outcome.pending());
        return json;
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
