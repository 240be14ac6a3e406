package io.usercleanup.devhost.jira;

import io.usercleanup.devhost.jira.TestDatabases.TestDatabase;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A small fixture with one of everything the dev host's Jira must get right: a writable internal
 * directory, read-only Entra ID and LDAP directories, nested groups (with a deactivated member
 * deep down), a project lead, a user listed in a group of another directory, never-logged-in
 * users with and without a creation date.
 */
final class SampleFixture {
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final String JSON = """
            {
              "directories": [
                {"id": 1, "name": "Jira Internal Directory", "type": "INTERNAL", "readOnly": false},
                {"id": 10000, "name": "Microsoft Entra ID", "type": "AZURE_AD", "readOnly": true},
                {"id": 20000, "name": "Corporate LDAP", "type": "CONNECTOR", "readOnly": true}
              ],
              "groups": [
                {"name": "jira-software-users", "directoryId": 10000},
                {"name": "jira-local-users", "directoryId": 1},
                {"name": "ldap-users", "directoryId": 20000},
                {"name": "service-accounts", "directoryId": 1, "groups": ["robots"]},
                {"name": "robots", "directoryId": 1, "groups": ["nightly-robots"]},
                {"name": "nightly-robots", "directoryId": 1},
                {"name": "mixed-local", "directoryId": 1}
              ],
              "applications": [
                {"key": "jira-software", "name": "Jira Software",
                 "groups": ["jira-software-users", "jira-local-users", "ldap-users"]},
                {"key": "jira-servicemanagement", "name": "Jira Service Management", "groups": ["service-accounts"]}
              ],
              "users": [
                {"username": "alice", "displayName": "Alice Example", "email": "alice@example.com",
                 "directoryId": 10000, "created": "2024-01-10T08:00:00Z", "lastLogin": "2025-02-01T09:30:00Z",
                 "groups": ["jira-software-users"]},
                {"username": "aaron", "displayName": "Aaron Entra", "email": "aaron@example.com",
                 "directoryId": 10000, "created": "2024-01-10T08:00:00Z", "lastLogin": "2025-05-30T09:30:00Z",
                 "groups": ["jira-software-users", "mixed-local"]},
                {"username": "bob", "displayName": "Bob Local", "email": "bob@partners.example.net",
                 "directoryId": 1, "created": "2023-03-01T10:00:00Z", "lastLogin": "2024-01-15T10:00:00Z",
                 "groups": ["jira-local-users"]},
                {"username": "carol", "displayName": "Carol Lead", "email": "carol@example.com",
                 "directoryId": 1, "created": "2022-03-01T10:00:00Z", "lastLogin": "2024-02-15T10:00:00Z",
                 "groups": ["jira-local-users"]},
                {"username": "dave", "displayName": "Dave Gone", "email": "dave@example.com",
                 "directoryId": 1, "active": false, "created": "2021-03-01T10:00:00Z", "lastLogin": "2023-02-15T10:00:00Z",
                 "groups": ["jira-local-users"]},
                {"username": "erin", "displayName": "Erin Ldap", "email": "erin@example.org",
                 "directoryId": 20000, "lastLogin": null, "groups": ["ldap-users"]},
                {"username": "frank", "displayName": "Frank New", "email": "frank",
                 "directoryId": 1, "created": "2025-05-20T10:00:00Z", "groups": ["jira-local-users"]},
                {"username": "svc-x", "displayName": "Service X", "directoryId": 1, "groups": ["service-accounts"]},
                {"username": "build-bot", "displayName": "Build Bot", "directoryId": 1, "groups": ["robots"],
                 "lastLogin": "2025-05-01T00:00:00Z"},
                {"username": "night-bot", "displayName": "Night Bot", "directoryId": 1, "active": false,
                 "groups": ["nightly-robots"]},
                {"username": "zoe", "displayName": "Zoë Internal", "email": "zoe@example.com",
                 "directoryId": 1, "created": "2024-01-10T08:00:00Z", "groups": ["mixed-local"]}
              ],
              "projects": [
                {"key": "OPS", "name": "Operations", "lead": "carol"}
              ]
            }
            """;

    private SampleFixture() {
    }

    /** A dev host Jira on the database, loaded with this fixture. */
    static DevHostJira loadedInto(TestDatabase database) {
        DevHostJira jira = new DevHostJira(database.dataSource(), CLOCK);
        jira.load(FixtureReader.read("sample.json", JSON));
        return jira;
    }
}
