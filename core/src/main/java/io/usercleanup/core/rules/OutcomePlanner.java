package io.usercleanup.core.rules;

import io.usercleanup.core.directory.DirectoryInfo;
import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.core.directory.GroupInfo;
import io.usercleanup.core.model.CleanupAction;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.model.Names;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.UserOutcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides, per inactive user and target group the user is a direct member of, what a cleanup
 * does: a group synced from the cleanup's identity provider goes into that group's removal file
 * (or {@code NO_IDENTIFIER}); any other group gets the cleanup's local action. The identity
 * provider export does not depend on the local action. Nothing here changes the directory.
 */
public final class OutcomePlanner {
    private final CleanupDefinition cleanup;
    private final IdpConfig idp;
    private final Map<Long, DirectoryInfo> directories;
    private final Map<String, GroupInfo> targetGroups;
    private final Exclusions exclusions;
    private final InactivityRule inactivity;
    private final boolean dryRun;

    /**
     * @param cleanup      the cleanup
     * @param idp          its identity provider, or {@code null}; one whose provisioning is
     *                     switched off syncs nothing
     * @param directories  every directory
     * @param targetGroups the resolved target groups
     * @param exclusions   who is never touched
     * @param inactivity   the inactivity rule at the run's {@code now}
     * @param dryRun       whether outcomes are would-be outcomes
     */
    public OutcomePlanner(CleanupDefinition cleanup, IdpConfig idp, List<DirectoryInfo> directories,
                          List<GroupInfo> targetGroups, Exclusions exclusions, InactivityRule inactivity,
                          boolean dryRun) {
        this.cleanup = Objects.requireNonNull(cleanup, "cleanup");
        this.idp = idp;
        this.directories = new HashMap<>();
        directories.forEach(d -> this.directories.put(d.id(), d));
        this.targetGroups = new HashMap<>();
        targetGroups.forEach(g -> this.targetGroups.put(Names.key(g.name()), g));
        this.exclusions = Objects.requireNonNull(exclusions, "exclusions");
        this.inactivity = Objects.requireNonNull(inactivity, "inactivity");
        this.dryRun = dryRun;
    }

    /** The decision for one user; {@code user.directGroups()} are the user's direct target groups. */
    public UserPlan plan(DirectoryUser user) {
        if (!user.active()) {
            return UserPlan.untouched(UserCategory.NOT_EVALUATED);
        }
        Activity activity = inactivity.judge(user.lastLogin(), user.created());
        if (activity == Activity.ACTIVE) {
            return UserPlan.untouched(UserCategory.ACTIVE);
        }
        if (activity == Activity.UNKNOWN_CREATION) {
            return UserPlan.untouched(UserCategory.SKIPPED);
        }
        if (exclusions.excludes(user.username())) {
            return UserPlan.untouched(UserCategory.EXCLUDED);
        }
        return planInactive(user);
    }

    private UserPlan planInactive(DirectoryUser user) {
        List<GroupInfo> groups = directTargetGroups(user);
        String deactivationBlocker = cleanup.action() == CleanupAction.DEACTIVATE ? deactivationBlocker(user) : null;
        List<GroupOutcome> outcomes = new ArrayList<>(groups.size());
        boolean deactivate = false;
        for (GroupInfo group : groups) {
            GroupOutcome outcome = isSynced(group) ? exportOutcome(user, group) : localOutcome(group, deactivationBlocker);
            deactivate |= outcome.outcome() == OutcomeType.DEACTIVATED.forDryRun(dryRun);
            outcomes.add(outcome);
        }
        UserOutcome record = new UserOutcome(user.username(), user.displayName(), user.email(), user.directoryId(),
                user.lastLogin(), outcomes, false);
        return new UserPlan(UserCategory.INACTIVE, record, deactivate);
    }

    private List<GroupInfo> directTargetGroups(DirectoryUser user) {
        List<GroupInfo> groups = new ArrayList<>();
        for (String name : Names.distinct(user.directGroups())) {
            GroupInfo group = targetGroups.get(Names.key(name));
            if (group != null) {
                groups.add(group);
            }
        }
        groups.sort(Comparator.comparing((GroupInfo g) -> Names.key(g.name())).thenComparing(GroupInfo::name));
        return groups;
    }

    private boolean isSynced(GroupInfo group) {
        return idp != null && idp.syncs(group.name(), group.directoryId());
    }

    private GroupOutcome exportOutcome(DirectoryUser user, GroupInfo group) {
        Identifier identifier = IdentifierResolver.resolve(idp.identifier(), user);
        if (identifier.isPresent()) {
            return new GroupOutcome(group.name(), OutcomeType.EXPORTED, null, identifier.value());
        }
        return new GroupOutcome(group.name(), OutcomeType.NO_IDENTIFIER, identifier.reason(), null);
    }

    private GroupOutcome localOutcome(GroupInfo group, String deactivationBlocker) {
        switch (cleanup.action()) {
            case REMOVE_FROM_GROUPS: {
                String blocker = readOnlyReason(group.directoryId(), "group '" + group.name() + "'");
                return blocker == null
                        ? new GroupOutcome(group.name(), OutcomeType.REMOVED.forDryRun(dryRun), null, null)
                        : new GroupOutcome(group.name(), OutcomeType.FAILED, blocker, null);
            }
            case DEACTIVATE:
                return deactivationBlocker == null
                        ? new GroupOutcome(group.name(), OutcomeType.DEACTIVATED.forDryRun(dryRun), null, null)
                        : new GroupOutcome(group.name(), OutcomeType.FAILED, deactivationBlocker, null);
            case REPORT_ONLY:
                return new GroupOutcome(group.name(), OutcomeType.REPORTED, null, null);
            default:
                throw new IllegalStateException("Unknown action " + cleanup.action());
        }
    }

    private String deactivationBlocker(DirectoryUser user) {
        return readOnlyReason(user.directoryId(), "user '" + user.username() + "'");
    }

    private String readOnlyReason(long directoryId, String subject) {
        DirectoryInfo directory = directories.get(directoryId);
        if (directory == null) {
            return "the directory (id " + directoryId + ") of " + subject + " is unknown";
        }
        if (directory.readOnly()) {
            return "the directory '" + directory.name() + "' of " + subject + " is read-only";
        }
        return null;
    }
}
