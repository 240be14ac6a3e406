package io.usercleanup.devhost;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The products' "remember me" login cookie, as Seraph's {@code DefaultRememberMeService} sets it
 * (Jira's {@code seraph.rememberme.cookie}, Confluence's {@code seraph.confluence}; the name is
 * the product's {@code login.cookie.key}): issued on a login with {@code os_cookie=true}, its value
 * a token id and a random string that the host keeps, {@code Path} the context path,
 * {@code HttpOnly}, {@code Secure} only over https, {@code Max-Age} two weeks. A request with
 * neither credentials nor a session that carries a valid cookie is its user's, and gets a session;
 * logging out removes the token and clears the cookie. Sources are in docs/dev-host.md. Tokens
 * live as long as the dev host (Seraph keeps them in the database).
 */
public final class RememberMeCookie {
    /** Seraph's default age of the cookie, and of its token. */
    static final Duration MAX_AGE = Duration.ofDays(14);

    private final String name;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String secret, String username, Instant created) {
    }

    /** @param name the product's cookie name ({@link DevHostProduct#rememberMeCookie()}) */
    public RememberMeCookie(String name, Clock clock) {
        this.name = name;
        this.clock = clock;
    }

    /** The cookie's name. */
    public String name() {
        return name;
    }

    /** Remembers the user who just logged in and sends the cookie. */
    public void issue(HttpServletRequest request, HttpServletResponse response, String username) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = ids.incrementAndGet();
        tokens.put(id, new Token(secret, username, clock.instant()));
        response.addCookie(cookie(request, id + ":" + secret, (int) MAX_AGE.toSeconds()));
    }

    /** The user the request's cookie names, or {@code null} for none, an unknown, wrong or expired token. */
    String username(HttpServletRequest request) {
        Token token = token(request);
        return token == null ? null : token.username();
    }

    /** Forgets the request's token and tells the browser to drop the cookie (on logout). */
    public void clear(HttpServletRequest request, HttpServletResponse response) {
        String value = value(request);
        if (value == null) {
            return;
        }
        Long id = id(value);
        if (id != null) {
            tokens.remove(id);
        }
        response.addCookie(cookie(request, "", 0));
    }

    private Token token(HttpServletRequest request) {
        String value = value(request);
        Long id = value == null ? null : id(value);
        Token token = id == null ? null : tokens.get(id);
        if (token == null) {
            return null;
        }
        byte[] given = value.substring(value.indexOf(':') + 1).getBytes(StandardCharsets.UTF_8);
        boolean matches = MessageDigest.isEqual(given, token.secret().getBytes(StandardCharsets.UTF_8));
        boolean fresh = clock.instant().isBefore(token.created().plus(MAX_AGE));
        return matches && fresh ? token : null;
    }

    private String value(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equalsIgnoreCase(name)) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    private static Long id(String value) {
        int colon = value.indexOf(':');
        try {
            return colon < 1 ? null : Long.valueOf(value.substring(0, colon));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        return cookie;
    }
}
