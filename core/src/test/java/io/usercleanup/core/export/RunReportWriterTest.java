package io.usercleanup.core.export;

import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.UserOutcome;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunReportWriterTest {

    private static String report(UserOutcome... users) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RunReportWriter writer = new RunReportWriter(out)) {
            for (UserOutcome user : users) {
                writer.write(user);
            }
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void oneRowPerGroupOutcome_afterTheHeader() throws IOException {
        UserOutcome alice = new UserOutcome("alice", "Alice Example", "alice@example.com", 10000,
                Instant.parse("2025-02-01T09:30:00Z"), List.of(
                        new GroupOutcome("jira-local-users", OutcomeType.REMOVED, null, null),
                        new GroupOutcome("jira-software-users", OutcomeType.EXPORTED, null, "alice@example.com")),
                false);
        UserOutcome bob = new UserOutcome("bob", "Bob, Jr.", null, 1, null, List.of(
                new GroupOutcome("ldap-users", OutcomeType.FAILED, "the directory 'LDAP' is read-only", null)), true);

        assertThat(report(alice, bob)).isEqualTo(
                "Username,Display name,Email,Directory ID,Last login,Group,Outcome,Reason,Identifier,Deactivated\r\n"
                        + "alice,Alice Example,alice@example.com,10000,2025-02-01T09:30:00Z,jira-local-users,REMOVED,,,false\r\n"
                        + "alice,Alice Example,alice@example.com,10000,2025-02-01T09:30:00Z,jira-software-users,EXPORTED,,"
                        + "alice@example.com,false\r\n"
                        + "bob,\"Bob, Jr.\",,1,,ldap-users,FAILED,the directory 'LDAP' is read-only,,true\r\n");
    }

    @Test
    void formulaLikeCells_arePrefixedWithAnApostrophe() throws IOException {
        UserOutcome evil = new UserOutcome("=cmd|' /C calc'!A0", "+SUM(A1)", "@evil", 1, null, List.of(
                new GroupOutcome("-group", OutcomeType.REPORTED, "\tx", null)), false);

        assertThat(report(evil)).endsWith(
                "'=cmd|' /C calc'!A0,'+SUM(A1),'@evil,1,,'-group,REPORTED,'\tx,,false\r\n");
    }

    @Test
    void emptyRun_isJustTheHeader() throws IOException {
        assertThat(report()).isEqualTo(
                "Username,Display name,Email,Directory ID,Last login,Group,Outcome,Reason,Identifier,Deactivated\r\n");
    }
}
