package io.usercleanup.core.service;

import io.usercleanup.core.directory.DirectoryChangeException;
import io.usercleanup.core.directory.UserDirectory;
import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.core.rules.UserPlan;

import java.util.ArrayList;
import java.util.List;

/**
 * Carries out one user's planned outcomes in the directory and returns what really happened: a
 * refused change becomes {@code FAILED} with the directory's reason. A dry run goes through the
 * same steps with the directory's checks in place of its changes, so a change the real run would
 * have refused is {@code FAILED} with the same reason in the dry run too. A failure to reach the
 * directory at all ({@link io.usercleanup.core.directory.DirectoryAccessException}) is not
 * caught: it ends the run.
 */
final class ActionExecutor {
    private final UserDirectory directory;

    ActionExecutor(UserDirectory directory) {
        this.directory = directory;
    }

    /** Makes the user's planned changes. */
    UserOutcome execute(UserPlan plan) {
        return carryOut(plan, false);
    }

    /** Checks the user's planned changes (of a dry run: {@code WOULD_...} outcomes), changing nothing. */
    UserOutcome check(UserPlan plan) {
        return carryOut(plan, true);
    }

    private UserOutcome carryOut(UserPlan plan, boolean dryRun) {
        UserOutcome user = plan.outcome();
        String deactivationFailure = null;
        boolean deactivated = false;
        if (plan.deactivate()) {
            try {
                if (dryRun) {
                    directory.checkDeactivate(user.username());
                } else {
                    directory.deactivate(user.username());
                    deactivated = true;
                }
            } catch (DirectoryChangeException e) {
                deactivationFailure = e.getMessage();
            }
        }
        List<GroupOutcome> outcomes = new ArrayList<>(user.outcomes().size());
        for (GroupOutcome outcome : user.outcomes()) {
            outcomes.add(carryOut(user.username(), outcome, deactivationFailure, dryRun));
        }
        return user.withOutcomes(outcomes, deactivated);
    }

    private GroupOutcome carryOut(String username, GroupOutcome outcome, String deactivationFailure, boolean dryRun) {
        if (outcome.outcome() == OutcomeType.DEACTIVATED.forDryRun(dryRun) && deactivationFailure != null) {
            return outcome.failed(deactivationFailure);
        }
        if (outcome.outcome() != OutcomeType.REMOVED.forDryRun(dryRun)) {
            return outcome;
        }
        try {
            if (dryRun) {
                directory.checkRemoveFromGroup(username, outcome.group());
            } else {
                directory.removeFromGroup(username, outcome.group());
            }
            return outcome;
        } catch (DirectoryChangeException e) {
            return outcome.failed(e.getMessage());
        }
    }
}
