package io.usercleanup.devhost.jira;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the applications ({@code devhost_application}) with their groups ({@code licenserolesgroup}). */
final class ApplicationRoleTable {
    /** An application with its group names, the default ones among them. */
    record RoleRow(String key, String name, List<String> groups, List<String> defaultGroups) {
    }

    private final Jdbc jdbc;

    ApplicationRoleTable(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Every application, in the fixture's order, with its groups in the order they were given. */
    List<RoleRow> all() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.list("SELECT application_key, application_name FROM devhost_application ORDER BY display_order",
                rs -> names.put(rs.getString(1), rs.getString(2)));
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, List<String>> defaults = new LinkedHashMap<>();
        jdbc.list("SELECT license_role_name, group_id, primary_group FROM licenserolesgroup ORDER BY id", rs -> {
            String key = rs.getString(1);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString(2));
            if ("Y".equals(rs.getString(3))) {
                defaults.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString(2));
            }
            return null;
        });
        List<RoleRow> roles = new ArrayList<>();
        names.forEach((key, name) -> roles.add(new RoleRow(key, name,
                List.copyOf(groups.getOrDefault(key, List.of())), List.copyOf(defaults.getOrDefault(key, List.of())))));
        return roles;
    }
}
