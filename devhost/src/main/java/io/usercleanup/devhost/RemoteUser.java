package io.usercleanup.devhost;

import javax.servlet.http.HttpServletRequest;

/** Where the dev host keeps the logged-in user of a request, as Jira's authentication context does. */
public final class RemoteUser {
    static final String ATTRIBUTE = RemoteUser.class.getName();
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RemoteUser() {
    }

    static void set(HttpServletRequest request, String username) {
        request.setAttribute(ATTRIBUTE, username);
        CURRENT.set(username);
    }

    static void clear() {
        CURRENT.remove();
    }

    /** The username of the request's logged-in user, or {@code null}. */
    public static String of(HttpServletRequest request) {
        Object user = request == null ? null : request.getAttribute(ATTRIBUTE);
        return user == null ? CURRENT.get() : (String) user;
    }

    static String current() {
        return CURRENT.get();
    }
}
