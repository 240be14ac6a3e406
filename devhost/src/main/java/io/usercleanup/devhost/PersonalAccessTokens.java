package io.usercleanup.devhost;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The personal access tokens of the dev host, as Jira (8.14 and later) and Confluence (7.9 and
 * later) issue them: a user names a token and may give it a number of days to live; the raw token
 * is shown once, and {@code Authorization: Bearer <raw>} then authenticates as that user until it
 * expires or is revoked. Only a SHA-256 hash of each raw token is kept, so neither memory dumps
 * nor logs hold a usable token; the raw token is never logged.
 */
public final class PersonalAccessTokens {
    /** The longest life a token may be given, in days (ASSUMED: the products' default maximum, docs/dev-host.md). */
    public static final int MAX_DAYS = 365;
    private static final int RAW_BYTES = 33;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, Token> byHash = new ConcurrentHashMap<>();

    /** A token as its owner sees it (never with the raw token). */
    public record Token(long id, String name, String owner, Instant createdAt, Instant expiringAt) {
        boolean expiredAt(Instant now) {
            return expiringAt != null && !now.isBefore(expiringAt);
        }
    }

    /** A token just made, with the raw token, which exists nowhere else. */
    public record Created(Token token, String rawToken) {
        @Override
        public String toString() {
            return "Created[" + token + "]";
        }
    }

    /** @param clock the host clock, which decides expiry */
    public PersonalAccessTokens(Clock clock) {
        this.clock = clock;
    }

    /**
     * A new token for the owner.
     *
     * @param days its life in days, 1 to {@link #MAX_DAYS}, or {@code null} for one that does not expire
     */
    public Created create(String owner, String name, Integer days) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name");
        }
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw new IllegalArgumentException("expirationDuration");
        }
        byte[] bytes = new byte[RAW_BYTES];
        random.nextBytes(bytes);
        String raw = Base64.getEncoder().encodeToString(bytes);
        Instant now = clock.instant();
        Token token = new Token(ids.incrementAndGet(), name.strip(), owner, now,
                days == null ? null : now.plus(Duration.ofDays(days)));
        byHash.put(hash(raw), token);
        return new Created(token, raw);
    }

    /** The owner of a raw token that exists and has not expired, else {@code null}. */
    public String owner(String raw) {
        Token token = raw == null ? null : byHash.get(hash(raw));
        return token == null || token.expiredAt(clock.instant()) ? null : token.owner();
    }

    /** The owner's tokens that have not expired, oldest first. */
    public List<Token> of(String owner) {
        Instant now = clock.instant();
        List<Token> tokens = new ArrayList<>();
        byHash.values().stream().filter(token -> token.owner().equals(owner) && !token.expiredAt(now))
                .sorted(java.util.Comparator.comparingLong(Token::id)).forEach(tokens::add);
        return tokens;
    }

    /** Revokes the owner's token of that id; {@code false} when the owner has no such token. */
    public boolean revoke(String owner, long id) {
        return byHash.values().removeIf(token -> token.id() == id && token.owner().equals(owner));
    }

    private static String hash(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
