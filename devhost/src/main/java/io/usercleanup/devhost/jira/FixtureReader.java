package io.usercleanup.devhost.jira;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a directory fixture (the contract's JSON format) and checks it completely before anything
 * is loaded: syntax, field names and types, dates, and every reference between entries. Whatever
 * is wrong stops the read with a {@link FixtureException} naming the file, the JSON path and the
 * reason.
 */
public final class FixtureReader {
    private static final String WHOLE_DOCUMENT = "$";

    /** Duplicate keys are refused by the parser: in a hand-written file the second one is a mistake. */
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private FixtureReader() {
    }

    /** Reads the fixture file; messages name the file as given. */
    public static DirectoryFixture read(Path file) {
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(source, parse(source, in));
        } catch (NoSuchFileException e) {
            throw new FixtureException(source, WHOLE_DOCUMENT, "cannot read the file: no such file", e);
        } catch (AccessDeniedException e) {
            throw new FixtureException(source, WHOLE_DOCUMENT, "cannot read the file: permission denied", e);
        } catch (IOException e) {
            throw new FixtureException(source, WHOLE_DOCUMENT, "cannot read the file: " + e, e);
        }
    }

    /** Reads a fixture held in a string; {@code source} names it in messages. */
    public static DirectoryFixture read(String source, String json) {
        try {
            return read(source, MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw invalidJson(source, e);
        }
    }

    private static JsonNode parse(String source, InputStream in) throws IOException {
        try {
            return MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw invalidJson(source, e);
        }
    }

    private static DirectoryFixture read(String source, JsonNode root) {
        if (root == null || root.isMissingNode()) {
            throw new FixtureException(source, WHOLE_DOCUMENT, "the file is empty");
        }
        return new FixtureDocument().read(new FixtureNode(source, root, WHOLE_DOCUMENT));
    }

    private static FixtureException invalidJson(String source, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null
                ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        // With FAIL_ON_TRAILING_TOKENS, the only mismatch a tree read reports is content after the
        // document, which Jackson describes in its own internal terms.
        String reason = e instanceof MismatchedInputException
                ? "more content after the end of the JSON document"
                : e.getOriginalMessage();
        return new FixtureException(source, WHOLE_DOCUMENT, "invalid JSON" + where + ": " + reason, e);
    }
}
