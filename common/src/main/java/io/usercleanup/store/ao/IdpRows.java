package io.usercleanup.store.ao;

import io.usercleanup.core.model.CsvTemplate;
import io.usercleanup.core.model.IdentifierSource;
import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.model.IdpType;
import io.usercleanup.core.model.Names;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps identity provider configurations to and from {@link IdpEntity} rows. */
final class IdpRows {

    private IdpRows() {
    }

    static Map<String, Object> values(IdpConfig idp) {
        String name = Values.name(idp.name(), "name");
        Map<String, Object> values = new HashMap<>();
        values.put(IdpEntity.NAME, name);
        values.put(IdpEntity.NAME_KEY, Names.definitionKey(name));
        values.put(IdpEntity.IDP_TYPE, Values.code(idp.type()));
        values.put(IdpEntity.PROVISIONING_ENABLED, idp.provisioningEnabled());
        values.put(IdpEntity.DIRECTORY_IDS, directoryIds(idp.directoryIds()));
        values.put(IdpEntity.SYNCED_GROUPS, TextList.encode(groups(idp.groups())));
        values.put(IdpEntity.IDENTIFIER_SOURCE, Values.code(idp.identifier()));
        values.put(IdpEntity.CSV_TEMPLATE, Values.code(idp.csvTemplate()));
        return values;
    }

    static void update(IdpEntity row, IdpConfig idp) {
        Map<String, Object> values = values(idp);
        row.setName((String) values.get(IdpEntity.NAME));
        row.setNameKey((String) values.get(IdpEntity.NAME_KEY));
        row.setIdpType((String) values.get(IdpEntity.IDP_TYPE));
        row.setProvisioningEnabled(idp.provisioningEnabled());
        row.setDirectoryIds((String) values.get(IdpEntity.DIRECTORY_IDS));
        row.setSyncedGroups((String) values.get(IdpEntity.SYNCED_GROUPS));
        row.setIdentifierSource((String) values.get(IdpEntity.IDENTIFIER_SOURCE));
        row.setCsvTemplate((String) values.get(IdpEntity.CSV_TEMPLATE));
        row.save();
    }

    static IdpConfig toConfig(IdpEntity row) {
        Set<Long> directoryIds = new LinkedHashSet<>();
        for (String id : TextList.decode(row.getDirectoryIds())) {
            directoryIds.add(Long.valueOf(id));
        }
        return new IdpConfig(
                row.getID(),
                row.getName(),
                Values.enumValue(IdpType.class, row.getIdpType()),
                row.isProvisioningEnabled(),
                directoryIds,
                TextList.decode(row.getSyncedGroups()),
                Values.enumValue(IdentifierSource.class, row.getIdentifierSource()),
                Values.enumValue(CsvTemplate.class, row.getCsvTemplate()));
    }

    private static String directoryIds(Set<Long> ids) {
        return TextList.encode(ids.stream().sorted().map(String::valueOf).toList());
    }

    private static List<String> groups(List<String> groups) {
        groups.forEach(group -> Values.name(group, "groups"));
        return groups;
    }
}
