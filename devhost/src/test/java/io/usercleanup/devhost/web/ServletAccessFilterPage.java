package io.usercleanup.devhost.web;

/** The body of the host's {@code 403} page for a servlet, for tests that check it arrives unchanged. */
public final class ServletAccessFilterPage {
    /** Exactly what the host sends. */
    public static final String BODY = ServletAccessFilter.FORBIDDEN_PAGE;

    private ServletAccessFilterPage() {
    }
}
