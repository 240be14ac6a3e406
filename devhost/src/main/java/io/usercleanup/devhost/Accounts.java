package io.usercleanup.devhost;

/** Who may log in to the dev host, and who is a system administrator. */
public interface Accounts {

    /** The session attribute that holds the username of a user logged in through the login page. */
    String SESSION_ATTRIBUTE = "devhost.user";

    /** Whether the password is right for the username. */
    boolean authenticate(String username, String password);

    /** Whether the user is a system administrator. */
    boolean isSystemAdmin(String username);

    /** Whether the user holds a product licence (Jira's access to at least one application). */
    boolean isLicensed(String username);

    /** The user's full name, or {@code null} when there is no such user. */
    String fullName(String username);
}
