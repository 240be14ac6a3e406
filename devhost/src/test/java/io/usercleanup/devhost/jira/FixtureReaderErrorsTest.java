package io.usercleanup.devhost.jira;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every kind of bad fixture stops the read with the file, the JSON path and the reason. */
class FixtureReaderErrorsTest {
    /** A valid fixture's sections, for cases that break one thing in them. */
    private static final String DIRECTORIES = "'directories': ["
            + "{'id': 1, 'name': 'Jira Internal Directory', 'type': 'INTERNAL', 'readOnly': false},"
            + "{'id': 10000, 'name': 'Microsoft Entra ID', 'type': 'AZURE_AD', 'readOnly': true}]";
    private static final String GROUPS = "'groups': ["
            + "{'name': 'jira-software-users', 'directoryId': 10000},"
            + "{'name': 'service-accounts', 'directoryId': 1, 'groups': ['robots']},"
            + "{'name': 'robots', 'directoryId': 1}]";
    private static final String FOUR_USERS = "'users': ["
            + "{'username': 'alice', 'directoryId': 10000},"
            + "{'username': 'bob', 'directoryId': 1},"
            + "{'username': 'carol', 'directoryId': 1},"
            + "{'username': 'dave', 'directoryId': 42}]";

    @TempDir
    Path folder;

    static Stream<Arguments> badFixtures() {
        return Stream.of(
                bad("unknown directory of a user (the contract's own example)",
                        "{" + DIRECTORIES + ", " + GROUPS + ", " + FOUR_USERS + "}",
                        "$.users[3].directoryId: unknown directory 42"),
                bad("unknown directory of a group",
                        "{" + DIRECTORIES + ", 'groups': [{'name': 'g', 'directoryId': 7}]}",
                        "$.groups[0].directoryId: unknown directory 7"),
                bad("unknown group of a user",
                        "{" + DIRECTORIES + ", " + GROUPS + ", 'users': [{'username': 'alice', 'directoryId': 10000,"
                                + " 'groups': ['jira-software-users', 'jira-sofware-users']}]}",
                        "$.users[0].groups[1]: unknown group \"jira-sofware-users\""),
                bad("unknown group of an application",
                        "{" + DIRECTORIES + ", " + GROUPS + ", 'applications': [{'key': 'jira-software',"
                                + " 'name': 'Jira Software', 'groups': ['jira-software-users', 'jira-core-users']}]}",
                        "$.applications[0].groups[1]: unknown group \"jira-core-users\""),
                bad("unknown nested group",
                        "{" + DIRECTORIES + ", 'groups': [{'name': 'a', 'directoryId': 1, 'groups': ['b']}]}",
                        "$.groups[0].groups[0]: unknown group \"b\""),
                bad("nested group in another directory",
                        "{" + DIRECTORIES + ", 'groups': [{'name': 'a', 'directoryId': 1, 'groups': ['b']},"
                                + " {'name': 'b', 'directoryId': 10000}]}",
                        "$.groups[0].groups[0]: group \"b\" is in directory 10000, not in directory 1"
                                + " (Crowd nests groups only within one directory)"),
                bad("group nested in itself",
                        "{" + DIRECTORIES + ", 'groups': [{'name': 'a', 'directoryId': 1, 'groups': ['A']}]}",
                        "$.groups[0].groups[0]: group \"a\" cannot contain itself"),
                bad("cycle of nested groups",
                        "{" + DIRECTORIES + ", 'groups': [{'name': 'a', 'directoryId': 1, 'groups': ['b']},"
                                + " {'name': 'b', 'directoryId': 1, 'groups': ['c']},"
                                + " {'name': 'c', 'directoryId': 1, 'groups': ['a']}]}",
                        "$.groups[0].groups[0]: group \"b\" contains \"a\" already, so nesting it there would make a cycle"),
                bad("duplicate directory id",
                        "{'directories': [{'id': 1, 'name': 'One', 'type': 'INTERNAL'},"
                                + " {'id': 1, 'name': 'Two', 'type': 'CONNECTOR'}]}",
                        "$.directories[1].id: duplicate directory id 1 (also at $.directories[0])"),
                bad("duplicate directory name, ignoring case",
                        "{'directories': [{'id': 1, 'name': 'LDAP', 'type': 'INTERNAL'},"
                                + " {'id': 2, 'name': 'ldap', 'type': 'CONNECTOR'}]}",
                        "$.directories[1].name: duplicate directory name \"ldap\" (also at $.directories[0];"
                                + " directory names are compared ignoring case)"),
                bad("duplicate group name, ignoring case",
                        "{" + DIRECTORIES + ", 'groups': [{'name': 'jira-software-users', 'directoryId': 10000},"
                                + " {'name': 'service-accounts', 'directoryId': 1},"
                                + " {'name': 'Service-Accounts', 'directoryId': 1}]}",
                        "$.groups[2].name: duplicate group name \"Service-Accounts\" (also at $.groups[1];"
                                + " group names are compared ignoring case)"),
                bad("duplicate username, ignoring case",
                        "{" + DIRECTORIES + ", 'users': [{'username': 'alice', 'directoryId': 1},"
                                + " {'username': 'ALICE', 'directoryId': 10000}]}",
                        "$.users[1].username: duplicate username \"ALICE\" (also at $.users[0];"
                                + " usernames are compared ignoring case)"),
                bad("duplicate application key",
                        "{'applications': [{'key': 'jira-software', 'name': 'A'}, {'key': 'jira-software', 'name': 'B'}]}",
                        "$.applications[1].key: duplicate application key \"jira-software\" (also at $.applications[0])"),
                bad("group listed twice for a user",
                        "{" + DIRECTORIES + ", " + GROUPS + ", 'users': [{'username': 'alice', 'directoryId': 10000,"
                                + " 'groups': ['jira-software-users', 'JIRA-SOFTWARE-USERS']}]}",
                        "$.users[0].groups[1]: group \"jira-software-users\" is listed twice (also at $.users[0].groups[0])"),
                bad("child group listed twice",
                        "{" + DIRECTORIES + ", 'groups': [{'name': 'a', 'directoryId': 1, 'groups': ['b', 'B']},"
                                + " {'name': 'b', 'directoryId': 1}]}",
                        "$.groups[0].groups[1]: group \"B\" is listed twice (also at $.groups[0].groups[0])"),
                bad("created is not an instant",
                        "{" + DIRECTORIES + ", 'users': [{'username': 'alice', 'directoryId': 1,"
                                + " 'created': '2024-13-01T00:00:00Z'}]}",
                        "$.users[0].created: expected an ISO-8601 instant such as 2024-01-10T08:00:00Z,"
                                + " found \"2024-13-01T00:00:00Z\""),
                bad("lastLogin is a date without a time",
                        "{" + DIRECTORIES + ", 'users': [{'username': 'alice', 'directoryId': 1,"
                                + " 'lastLogin': '2025-02-01'}]}",
                        "$.users[0].lastLogin: expected an ISO-8601 instant such as 2024-01-10T08:00:00Z,"
                                + " found \"2025-02-01\""),
                bad("lastLogin in epoch milliseconds",
                        "{" + DIRECTORIES + ", 'users': [{'username': 'alice', 'directoryId': 1,"
                                + " 'lastLogin': 1738402200000}]}",
                        "$.users[0].lastLogin: expected a string, found a number (1738402200000)"),
                bad("unknown directory type",
                        "{'directories': [{'id': 1, 'name': 'LDAP', 'type': 'LDAP'}]}",
                        "$.directories[0].type: unknown directory type \"LDAP\" (expected one of: INTERNAL, CONNECTOR,"
                                + " CROWD, DELEGATING, CUSTOM, AZURE_AD)"),
                bad("directory type UNKNOWN is not a fixture type",
                        "{'directories': [{'id': 1, 'name': 'X', 'type': 'UNKNOWN'}]}",
                        "$.directories[0].type: unknown directory type \"UNKNOWN\" (expected one of: INTERNAL, CONNECTOR,"
                                + " CROWD, DELEGATING, CUSTOM, AZURE_AD)"),
                bad("unknown field at the top",
                        "{" + DIRECTORIES + ", 'user': []}",
                        "$.user: unknown field (expected one of: directories, groups, applications, users, projects)"),
                bad("misspelt field of a user",
                        "{" + DIRECTORIES + ", 'users': [{'username': 'alice', 'directoryId': 1, 'emial': 'a@b.c'}]}",
                        "$.users[0].emial: unknown field (expected one of: username, displayName, email, directoryId,"
                                + " active, created, lastLogin, groups, externalId)"),
                bad("misspelt field of a directory",
                        "{'directories': [{'id': 1, 'name': 'X', 'type': 'INTERNAL', 'readonly': true}]}",
                        "$.directories[0].readonly: unknown field (expected one of: id, name, type, readOnly)"),
                bad("missing directory name",
                        "{'directories': [{'id': 1, 'type': 'INTERNAL'}]}",
                        "$.directories[0].name: missing required field"),
                bad("missing directory id",
                        "{'directories': [{'name': 'X', 'type': 'INTERNAL'}]}",
                        "$.directories[0].id: missing required field"),
                bad("missing directory type",
                        "{'directories': [{'id': 1, 'name': 'X'}]}",
                        "$.directories[0].type: missing required field"),
                bad("missing username",
                        "{" + DIRECTORIES + ", 'users': [{'directoryId': 1}]}",
                        "$.users[0].username: missing required field"),
                bad("missing directory of a user",
                        "{" + DIRECTORIES + ", 'users': [{'username': 'alice'}]}",
                        "$.users[0].directoryId: missing required field"),
                bad("missing directory of a group",
                        "{'groups': [{'name': 'g'}]}",
                        "$.groups[0].directoryId: missing required field"),
                bad("missing application name",
                        "{'applications': [{'key': 'jira-software'}]}",
                        "$.applications[0].name: missing required field"),
                bad("directory id as a string",
                        "{'directories': [{'id': '1', 'name': 'X', 'type': 'INTERNAL'}]}",
                        "$.directories[0].id: expected an integer, found a string (\"1\")"),
                bad("directory id with a fraction",
                        "{'directories': [{'id': 1.5, 'name': 'X', 'type': 'INTERNAL'}]}",
                        "$.directories[0].id: expected an integer, found a number (1.5)"),
                bad("directory id zero",
                        "{'directories': [{'id': 0, 'name': 'X', 'type': 'INTERNAL'}]}",
                        "$.directories[0].id: must be a positive integer, found 0"),
                bad("readOnly as a string",
                        "{'directories': [{'id': 1, 'name': 'X', 'type': 'INTERNAL', 'readOnly': 'yes'}]}",
                        "$.directories[0].readOnly: expected true or false, found a string (\"yes\")"),
                bad("username null",
                        "{" + DIRECTORIES + ", 'users': [{'username': null, 'directoryId': 1}]}",
                        "$.users[0].username: expected a string, found null"),
                bad("username blank",
                        "{" + DIRECTORIES + ", 'users': [{'username': ' ', 'directoryId': 1}]}",
                        "$.users[0].username: must not be blank"),
                bad("username with surrounding whitespace",
                        "{" + DIRECTORIES + ", 'users': [{'username': 'alice ', 'directoryId': 1}]}",
                        "$.users[0].username: must not start or end with whitespace: \"alice \""),
                bad("users as an object",
                        "{" + DIRECTORIES + ", 'users': {'username': 'alice'}}",
                        "$.users: expected an array, found an object"),
                bad("a user that is not an object",
                        "{" + DIRECTORIES + ", 'users': ['alice']}",
                        "$.users[0]: expected an object, found a string (\"alice\")"),
                bad("groups of a user as a string",
                        "{" + DIRECTORIES + ", " + GROUPS + ", 'users': [{'username': 'alice', 'directoryId': 10000,"
                                + " 'groups': 'jira-software-users'}]}",
                        "$.users[0].groups: expected an array, found a string (\"jira-software-users\")"),
                bad("a group name that is a number",
                        "{" + DIRECTORIES + ", " + GROUPS + ", 'users': [{'username': 'alice', 'directoryId': 10000,"
                                + " 'groups': [42]}]}",
                        "$.users[0].groups[0]: expected a string, found a number (42)"),
                bad("active as a string",
                        "{" + DIRECTORIES + ", 'users': [{'username': 'alice', 'directoryId': 1, 'active': 'false'}]}",
                        "$.users[0].active: expected true or false, found a string (\"false\")"),
                bad("email as a number",
                        "{" + DIRECTORIES + ", 'users': [{'username': 'alice', 'directoryId': 1, 'email': 7}]}",
                        "$.users[0].email: expected a string, found a number (7)"),
                bad("project led by an unknown user",
                        "{" + DIRECTORIES + ", 'users': [{'username': 'alice', 'directoryId': 1}],"
                                + " 'projects': [{'key': 'OPS', 'name': 'Operations', 'lead': 'bob'}]}",
                        "$.projects[0].lead: unknown user \"bob\""),
                bad("duplicate project key",
                        "{" + DIRECTORIES + ", 'users': [{'username': 'alice', 'directoryId': 1}],"
                                + " 'projects': [{'key': 'OPS', 'name': 'A', 'lead': 'alice'},"
                                + " {'key': 'ops', 'name': 'B', 'lead': 'alice'}]}",
                        "$.projects[1].key: duplicate project key \"ops\" (also at $.projects[0])"),
                bad("the document is not an object",
                        "[]",
                        "$: expected an object, found an array"),
                bad("empty document",
                        "  ",
                        "$: the file is empty"),
                bad("duplicate key in one object",
                        "{'users': [], 'users': []}",
                        "$: invalid JSON at line 1, column 22: Duplicate field 'users'"),
                bad("something after the document",
                        "{} {}",
                        "$: invalid JSON at line 1, column 4: more content after the end of the JSON document"));
    }

    private static Arguments bad(String what, String singleQuotedJson, String pathAndReason) {
        return Arguments.of(what, singleQuotedJson.replace('\'', '"'), pathAndReason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFixtures")
    void badFixture_isRefusedWithFilePathAndReason(String what, String json, String pathAndReason) throws IOException {
        // given
        Path file = Files.writeString(folder.resolve("directory.json"), json, StandardCharsets.UTF_8);

        // when / then
        assertThatThrownBy(() -> FixtureReader.read(file))
                .isInstanceOf(FixtureException.class)
                .hasMessage(file + ": " + pathAndReason);
    }

    @Test
    void invalidJson_isReportedWithLineAndColumn() throws IOException {
        // given
        Path file = Files.writeString(folder.resolve("directory.json"), "{\n  \"directories\": [\n    {\"id\": 1,}\n  ]\n}\n");

        // when / then
        assertThatThrownBy(() -> FixtureReader.read(file))
                .isInstanceOf(FixtureException.class)
                .hasMessageStartingWith(file + ": $: invalid JSON at line 3, column 14: Unexpected character ('}'");
    }

    @Test
    void missingFile_isReportedAsUnreadable() {
        // given
        Path file = folder.resolve("nowhere.json");

        // when / then
        assertThatThrownBy(() -> FixtureReader.read(file))
                .isInstanceOf(FixtureException.class)
                .hasMessage(file + ": $: cannot read the file: no such file");
    }

    @Test
    void folder_isReportedAsUnreadable() {
        // when / then
        assertThatThrownBy(() -> FixtureReader.read(folder))
                .isInstanceOf(FixtureException.class)
                .hasMessageStartingWith(folder + ": $: cannot read the file: ");
    }

    @Test
    void invalidUtf8_isReportedAsInvalidJson() throws IOException {
        // given
        Path file = folder.resolve("directory.json");
        Files.write(file, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});

        // when / then
        assertThatThrownBy(() -> FixtureReader.read(file))
                .isInstanceOf(FixtureException.class)
                .hasMessageStartingWith(file + ": $: invalid JSON at line 1, column ");
    }

    @Test
    void exceptionParts_areAvailableSeparately() {
        // when / then
        assertThatThrownBy(() -> FixtureReader.read("inline.json", "{\"users\": 1}"))
                .isInstanceOfSatisfying(FixtureException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.source()).isEqualTo("inline.json");
                    org.assertj.core.api.Assertions.assertThat(e.path()).isEqualTo("$.users");
                    org.assertj.core.api.Assertions.assertThat(e.reason()).isEqualTo("expected an array, found a number (1)");
                });
    }
}
