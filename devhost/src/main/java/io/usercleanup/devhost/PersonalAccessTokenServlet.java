package io.usercleanup.devhost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The products' REST resource for personal access tokens, {@code /rest/pat/latest/tokens}, for the
 * logged-in user: {@code POST} with {@code {"name":"ci","expirationDuration":90}} makes one and
 * answers {@code 201} with its {@code id}, {@code name}, {@code createdAt}, {@code expiringAt} and
 * the {@code rawToken}, the only time the raw token is shown; {@code GET} lists the user's tokens
 * without it; {@code DELETE .../tokens/<id>} revokes one. Refusals are the host's JSON error body
 * with constant messages (nothing of the request is echoed).
 */
final class PersonalAccessTokenServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String BAD_BODY = "The request body must be a JSON object such as {\"name\":\"ci\",\"expirationDuration\":90}.";
    static final String BAD_NAME = "name: give the token a name of 1 to 255 characters.";
    static final String BAD_DURATION = "expirationDuration: give a whole number of days from 1 to "
            + PersonalAccessTokens.MAX_DAYS + ", or leave it out for a token that does not expire.";
    static final String NOT_JSON = "The request body must be application/json.";
    static final String NO_TOKEN_FROM_TOKEN = "A personal access token cannot create personal access tokens; "
            + "log in with a password.";
    static final String NO_SUCH_TOKEN = "There is no such token of yours.";

    private final transient PersonalAccessTokens tokens;

    PersonalAccessTokenServlet(PersonalAccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = RemoteUser.of(request);
        if (user == null) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, RestAccessFilter.NOT_LOGGED_IN);
            return;
        }
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if ("/".equals(path) && "POST".equals(method)) {
            create(request, response, user);
        } else if ("/".equals(path) && "GET".equals(method)) {
            list(response, user);
        } else if (path.matches("/[0-9]{1,18}") && "DELETE".equals(method)) {
            boolean revoked = tokens.revoke(user, Long.parseLong(path.substring(1)));
            if (revoked) {
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                refuse(response, HttpServletResponse.SC_NOT_FOUND, NO_SUCH_TOKEN);
            }
        } else if ("/".equals(path) || path.matches("/[0-9]{1,18}")) {
            refuse(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "The method is not allowed here.");
        } else {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, NO_SUCH_TOKEN);
        }
    }

    private void create(HttpServletRequest request, HttpServletResponse response, String user) throws IOException {
        if (AuthenticationFilter.byToken(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, NO_TOKEN_FROM_TOKEN);
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
            refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, NOT_JSON);
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.getInputStream());
        } catch (JsonProcessingException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, BAD_BODY);
            return;
        }
        JsonNode name = body.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank() || name.asText().length() > 255) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, BAD_NAME);
            return;
        }
        JsonNode duration = body.get("expirationDuration");
        Integer days = null;
        if (duration != null && !duration.isNull()) {
            if (!duration.isIntegralNumber() || !duration.canConvertToInt() || duration.asInt() < 1
                    || duration.asInt() > PersonalAccessTokens.MAX_DAYS) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST, BAD_DURATION);
                return;
            }
            days = duration.asInt();
        }
        PersonalAccessTokens.Created created = tokens.create(user, name.asText(), days);
        ObjectNode answer = describe(created.token());
        answer.put("rawToken", created.rawToken());
        response.setStatus(HttpServletResponse.SC_CREATED);
        write(response, answer);
    }

    private void list(HttpServletResponse response, String user) throws IOException {
        ArrayNode all = JSON.createArrayNode();
        tokens.of(user).forEach(token -> all.add(describe(token)));
        write(response, all);
    }

    private static ObjectNode describe(PersonalAccessTokens.Token token) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", token.id());
        node.put("name", token.name());
        node.put("createdAt", token.createdAt().toString());
        if (token.expiringAt() != null) {
            node.put("expiringAt", token.expiringAt().toString());
        }
        return node;
    }

    private static void write(HttpServletResponse response, JsonNode body) throws IOException {
        response.setContentType(HostAnswers.JSON);
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(HostAnswers.JSON);
        response.getOutputStream().write(HostAnswers.body(message.replace("\"", "\\\""))
                .getBytes(StandardCharsets.UTF_8));
    }
}
