package io.usercleanup.core.rules;

import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.core.model.IdentifierSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierResolverTest {

    private static DirectoryUser user(String username, String email) {
        return new DirectoryUser(username, "Display", email, 1, true, null, null, List.of());
    }

    @Test
    void email_isTheIdentifier() {
        Identifier id = IdentifierResolver.resolve(IdentifierSource.EMAIL, user("alice", "Alice@Example.com"));

        assertThat(id.isPresent()).isTrue();
        assertThat(id.value()).isEqualTo("Alice@Example.com");
    }

    @Test
    void surroundingWhiteSpace_isIgnored() {
        assertThat(IdentifierResolver.resolve(IdentifierSource.EMAIL, user("a", "  a@example.com\t")).value())
                .isEqualTo("a@example.com");
    }

    @Test
    void missingEmail_hasNoIdentifier() {
        Identifier id = IdentifierResolver.resolve(IdentifierSource.EMAIL, user("alice", null));

        assertThat(id.isPresent()).isFalse();
        assertThat(id.reason()).isEqualTo("no email address");
    }

    @Test
    void blankEmail_hasNoIdentifier() {
        assertThat(IdentifierResolver.resolve(IdentifierSource.EMAIL, user("alice", "   ")).reason())
                .isEqualTo("no email address");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "alice.example.com | email address 'alice.example.com' does not have exactly one @",
        "a@b@example.com   | email address 'a@b@example.com' does not have exactly one @",
        "@example.com      | email address '@example.com' has nothing before or after the @",
        "alice@            | email address 'alice@' has nothing before or after the @",
        "al ice@example.com| email address 'al ice@example.com' contains white space or control characters",
    })
    void malformedEmail_hasNoIdentifier_andSaysWhy(String email, String reason) {
        Identifier id = IdentifierResolver.resolve(IdentifierSource.EMAIL, user("alice", email));

        assertThat(id.isPresent()).isFalse();
        assertThat(id.reason()).isEqualTo(reason);
    }

    @Test
    void username_canBeTheIdentifier_whenItIsAPrincipalName() {
        assertThat(IdentifierResolver.resolve(IdentifierSource.USERNAME, user("bob@corp.example", null)).value())
                .isEqualTo("bob@corp.example");
    }

    @Test
    void username_withoutAnAt_isNotAPrincipalName() {
        assertThat(IdentifierResolver.resolve(IdentifierSource.USERNAME, user("bob", "bob@example.com")).reason())
                .isEqualTo("username 'bob' does not have exactly one @");
    }
}
