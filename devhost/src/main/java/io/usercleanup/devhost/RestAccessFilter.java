package io.usercleanup.devhost;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import java.util.Objects;

/**
 * The REST module's access check of Jira 10, in front of every resource method once Jersey has
 * matched it: an unannotated method is for licensed users, {@code @SystemAdminOnly} for system
 * administrators ({@link HostAccess}). A refused caller gets the host's own answer, {@code 401}
 * when nobody is logged in and {@code 403} otherwise, and no code of the plugin's resource runs.
 * <p>
 * The refusal is thrown as a {@link WebApplicationException} carrying that answer, so that it
 * passes through the plugin's exception mapper as a host's exception does in Jira: the mapper must
 * let it out unchanged.
 */
public final class RestAccessFilter implements ContainerRequestFilter {
    /** The REST module's message for a caller who is not logged in (atlassian-rest-module 7.1.9). */
    public static final String NOT_LOGGED_IN = "Client must be authenticated to access this resource.";
    /** The REST module's message for a caller who is not a system administrator. */
    public static final String NOT_A_SYSTEM_ADMINISTRATOR =
            "Client must be authenticated as a system administrator to access this resource.";
    /** The dev host's message for a logged-in caller without a licence on a licensed-only resource. */
    public static final String NOT_LICENSED = "Client must be a licensed user to access this resource.";

    private final Accounts accounts;

    @Context
    private ResourceInfo resource;

    RestAccessFilter(Accounts accounts) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        HostAccess access = HostAccess.ofResourceMethod(resource.getResourceClass(), resource.getResourceMethod());
        HostAccess.Verdict verdict = access.judge(RemoteUser.current(), accounts);
        if (verdict == HostAccess.Verdict.NOT_LOGGED_IN) {
            throw new WebApplicationException(HostAnswers.json(Response.Status.UNAUTHORIZED, NOT_LOGGED_IN));
        }
        if (verdict == HostAccess.Verdict.NOT_PERMITTED) {
            throw new WebApplicationException(HostAnswers.json(Response.Status.FORBIDDEN,
                    access == HostAccess.SYSTEM_ADMIN_ONLY ? NOT_A_SYSTEM_ADMINISTRATOR : NOT_LICENSED));
        }
    }
}
