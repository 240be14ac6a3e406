package io.usercleanup.devhost.jira;

import io.usercleanup.devhost.DevHostProduct;
import io.usercleanup.core.model.Names;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may log in to the dev host, who is a system administrator and who holds a licence. Exactly
 * three accounts have a password: {@code admin} / {@code admin}, a system administrator,
 * {@code user} / {@code user}, an ordinary licensed user, and {@code unlicensed} /
 * {@code unlicensed}, a user without a licence; the fixture's users cannot log in. As in Jira and
 * Confluence, usernames are matched ignoring case, a deactivated account cannot log in, and system
 * administrators are the active members of {@code jira-administrators} ({@code confluence-administrators}
 * on Confluence), directly or through nested groups.
 */
public final class DevHostUsers {
    /** The system administrator's username and password. */
    public static final String ADMIN = DevHostAccounts.ADMIN;
    /** The ordinary user's username and password. */
    public static final String USER = DevHostAccounts.USER;
    /** The username and password of the user without a licence. */
    public static final String UNLICENSED = DevHostAccounts.UNLICENSED;

    private static final Map<String, String> PASSWORDS = Map.of(ADMIN, "admin", USER, "user",
            UNLICENSED, "unlicensed");

    private final UserTable users;
    private final GroupTable groups;
    private final LoginTable logins;
    private final ApplicationRoleTable applications;
    private final Clock clock;
    private final DevHostProduct product;
    private final CanUseGrants canUse;

    DevHostUsers(UserTable users, GroupTable groups, LoginTable logins, ApplicationRoleTable applications, Clock clock,
                 DevHostProduct product) {
        this.product = product;
        this.canUse = new CanUseGrants(applications);
        this.users = users;
        this.groups = groups;
        this.logins = logins;
        this.applications = applications;
        this.clock = clock;
    }

    /** Whether the credentials are those of one of the two accounts, and that account is active. */
    public boolean authenticate(String username, String password) {
        if (username == null || password == null) {
            return false;
        }
        String expected = PASSWORDS.get(Names.key(username));
        return expected != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8))
                && users.byName(username).map(DevHostApplicationUser::isActive).orElse(false);
    }

    /** Whether the user exists, is active and is a member of {@code jira-administrators}. */
    public boolean isSystemAdmin(String username) {
        Optional<DevHostApplicationUser> user = users.byName(username);
        if (user.isEmpty() || !user.get().isActive()) {
            return false;
        }
        Optional<GroupTable.GroupRow> administrators = groups.byName(product.administratorsGroup());
        return administrators.isPresent()
                && groups.effectiveGroupIds(user.get().crowdUser().rowId()).contains(administrators.get().id());
    }

    /**
     * Whether the user exists, is active and holds a licence. On Jira: is a member, directly or
     * through nested groups, of a group of one of the applications, or of {@code jira-users}. That
     * group stands for the licence of the contract's ordinary licensed {@code user}; it is
     * deliberately no application's group, so that a cleanup's counts stay exactly those of the
     * fixture. On Confluence: holds "Can use" ({@link CanUseGrants}), through a group or, for
     * {@code user}, a grant of their own, for the same reason.
     */
    public boolean isLicensed(String username) {
        Optional<DevHostApplicationUser> user = users.byName(username);
        if (user.isEmpty() || !user.get().isActive()) {
            return false;
        }
        Set<String> licensing = new HashSet<>();
        if (product == DevHostProduct.CONFLUENCE) {
            if (canUse.users().contains(Names.key(username))) {
                return true;
            }
            canUse.groups().forEach(group -> licensing.add(Names.key(group)));
        } else {
            licensing.add(Names.key(product.usersGroup()));
            applications.all().forEach(role -> role.groups().forEach(group -> licensing.add(Names.key(group))));
        }
        Set<Long> memberOf = groups.effectiveGroupIds(user.get().crowdUser().rowId());
        return groups.byIds(memberOf).stream().anyMatch(group -> licensing.contains(Names.key(group.name())));
    }

    /** The user's username as Jira spells it, for a name given in any case. */
    public Optional<String> canonicalUsername(String username) {
        return users.byName(username).map(DevHostApplicationUser::getUsername);
    }

    /**
     * Records a successful login now, as Jira does when a user logs in (the last login moves to the
     * previous one and the login count goes up). Unknown users are ignored.
     */
    public void recordLogin(String username) {
        users.byName(username).ifPresent(user -> logins.recordLogin(user.crowdUser(), clock.instant()));
    }
}
