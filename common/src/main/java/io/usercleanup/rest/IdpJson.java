package io.usercleanup.rest;

import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.service.IdpDraft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JSON form of identity provider configurations. */
final class IdpJson {
    private static final Set<String> FIELDS = Set.of("id", "name", "type", "provisioningEnabled", "directoryIds",
            "groups", "identifier", "csvTemplate");

    private IdpJson() {
    }

    static IdpDraft read(String body) {
        JsonObject json = JsonObject.parse(body);
        json.rejectUnknownFields(FIELDS);
        IdpDraft draft = new IdpDraft(json.text("name"), json.text("type"), json.bool("provisioningEnabled"),
                json.longs("directoryIds"), json.texts("groups"), json.text("identifier"), json.text("csvTemplate"));
        json.throwIfInvalid();
        return draft;
    }

    static Map<String, Object> write(IdpConfig idp) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", idp.id());
        json.put("name", idp.name());
        json.put("type", idp.type().name());
        json.put("provisioningEnabled", idp.provisioningEnabled());
        json.put("directoryIds", idp.directoryIds().stream().sorted().toArray());
        json.put("groups", idp.groups());
        json.put("identifier", idp.identifier().name());
        json.put("csvTemplate", idp.csvTemplate().name());
        return json;
    }

    static List<Map<String, Object>> write(List<IdpConfig> idps) {
        return idps.stream().map(IdpJson::write).collect(java.util.stream.Collectors.toList());
    }
}
