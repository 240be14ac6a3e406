package io.usercleanup.confluence;

import com.atlassian.confluence.user.ConfluenceUser;

/** Names the user a change is made as, for the reasons of refusals. */
final class Actor {
    private Actor() {
    }

    static String describe(ConfluenceUser acting) {
        return acting == null ? "a change made as nobody (no user on this thread)" : "'" + acting.getName() + "'";
    }
}
