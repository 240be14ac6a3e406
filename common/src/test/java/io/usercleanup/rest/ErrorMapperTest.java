package io.usercleanup.rest;

import org.junit.jupiter.api.Test;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** The mapper leaves the host's and Jersey's own answers as they are. */
class ErrorMapperTest {
    private final ErrorMapper mapper = new ErrorMapper();

    @Test
    void aWebApplicationExceptionWithABody_goesOutUnchanged() {
        Response host = Response.status(403).type("application/json").header("X-Host", "yes")
                .entity("{\"message\":\"Client must be authenticated as a system administrator\"}").build();

        Response answer = mapper.toResponse(new WebApplicationException(host));

        assertThat(answer).isSameAs(host);
    }

    @Test
    void aBareStatusFromJersey_keepsItsStatusAndHeaders_andGetsTheErrorBody() {
        Response answer = mapper.toResponse(new NotAllowedException("GET", new String[] {"POST"}));
        Response challenge = mapper.toResponse(new NotAuthorizedException("Basic realm=\"Jira\""));

        assertThat(answer.getStatus()).isEqualTo(405);
        assertThat(answer.getHeaderString("Allow")).contains("GET").contains("POST");
        assertThat((String) answer.getEntity()).startsWith("{\"errors\":[{\"message\":\"This method is not allowed on this resource; allowed: ")
                .contains("GET").contains("POST");
        assertThat(challenge.getStatus()).isEqualTo(401);
        assertThat(challenge.getHeaderString("WWW-Authenticate")).isEqualTo("Basic realm=\"Jira\"");
    }

    @Test
    void aStatusWithoutAStandardReason_keepsItsCode() {
        Response answer = mapper.toResponse(new WebApplicationException(422));

        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat((String) answer.getEntity()).contains("\"message\":");
    }

    @Test
    void thePluginsOwnRefusals_stillHaveTheErrorBody() {
        Response anonymous = mapper.toResponse(new NotAuthenticatedException());
        Response user = mapper.toResponse(new NotPermittedException("user"));

        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat((String) anonymous.getEntity()).startsWith("{\"errors\":[{\"message\":");
        assertThat(user.getStatus()).isEqualTo(403);
    }
}
