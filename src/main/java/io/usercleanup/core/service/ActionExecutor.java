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
 * refused change becomes {@code FAILED} with the directory's reason. A failure to reach the
 * directory at all ({@link io.usercleanup.core.directory.DirectoryAccessException}) is not
 * caught: it ends the run.
 */
final class ActionExecutor {
    private final UserDirectory directory;

    ActionExecutor(UserDirectory directory) {
        this.directory = directory;
    }

    UserOutcome execute(UserPlan plan) {
        UserOutcome user = plan.outcome();
        String deactivationFailure = null;
        boolean deactivated = false;
        if (plan.deactivate()) {
            try {
                directory.deactivate(user.username());
                deactivated = true;
            } catch (DirectoryChangeException e) {
                deactivationFailure = e.getMessage();
            }
        }
        List<GroupOutcome> outcomes = new ArrayList<>(user.outcomes().size());
        for (GroupOutcome outcome : user.outcomes()) {
            outcomes.add(carryOut(user.username(), outcome, deactivationFailure));
        }
        return user.withOutcomes(outcomes, deactivated);
    }

    private GroupOutcome carryOut(String username, GroupOutcome outcome, String deactivationFailure) {
        if (outcome.outcome() == OutcomeType.DEACTIVATED && deactivationFailure != null) {
            return outcome.failed(deactivationFailure);
        }
        if (outcome.outcome() != OutcomeType.REMOVED) {
            return outcome;
        }
        try {
            directory.removeFromGroup(username, outcome.group());
            return outcome;
        } catch (DirectoryChangeException e) {
            return outcome.failed(e.getMessage());
        }
    }
}
