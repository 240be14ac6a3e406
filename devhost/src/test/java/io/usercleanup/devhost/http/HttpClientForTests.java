package io.usercleanup.devhost.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Talks to a running dev host over real HTTP, as an outside script would. */
public final class HttpClientForTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    /** @param baseUrl such as {@code http://localhost:2990/jira} */
    public HttpClientForTests(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response, its body as bytes, and the body parsed as JSON when it is JSON. */
    public record Answer(int status, String contentType, byte[] body, HttpResponse<byte[]> raw) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + text(), e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** A request builder for a path under the base URL, as a user ({@code null} for anonymous). */
    public HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            String password = user.contains(":") ? user.substring(user.indexOf(':') + 1) : user;
            String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    public Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    public Answer delete(String path, String user) {
        return send(request(path, user).DELETE().build());
    }

    /** Sends a JSON body with {@code Content-Type: application/json}. */
    public Answer sendJson(String method, String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Answer post(String path, String user, String json) {
        return sendJson("POST", path, user, json);
    }

    public Answer put(String path, String user, String json) {
        return sendJson("PUT", path, user, json);
    }
}
