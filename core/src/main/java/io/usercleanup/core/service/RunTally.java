package io.usercleanup.core.service;

import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.core.rules.UserCategory;

/**
 * Adds up a run's numbers as it goes. Outcome counts are taken from final outcomes only, so the
 * numbers always agree with the recorded rows.
 */
final class RunTally {
    private long evaluated;
    private long inactive;
    private long excluded;
    private long skipped;
    private long removed;
    private long deactivated;
    private long exported;
    private long noIdentifier;
    private long failed;
    private long reported;

    void countUser(UserCategory category) {
        switch (category) {
            case NOT_EVALUATED:
                return;
            case ACTIVE:
                break;
            case INACTIVE:
                inactive++;
                break;
            case EXCLUDED:
                excluded++;
                break;
            case SKIPPED:
                skipped++;
                break;
            default:
                throw new IllegalStateException("Unknown category " + category);
        }
        evaluated++;
    }

    void countOutcomes(UserOutcome user) {
        boolean deactivation = false;
        for (GroupOutcome outcome : user.outcomes()) {
            switch (outcome.outcome()) {
                case REMOVED:
                case WOULD_REMOVE:
                    removed++;
                    break;
                case DEACTIVATED:
                case WOULD_DEACTIVATE:
                    deactivation = true;
                    break;
                case EXPORTED:
                    exported++;
                    break;
                case NO_IDENTIFIER:
                    noIdentifier++;
                    break;
                case FAILED:
                    failed++;
                    break;
                case REPORTED:
                    reported++;
                    break;
                default:
                    throw new IllegalStateException("Unknown outcome " + outcome.outcome());
            }
        }
        if (deactivation) {
            deactivated++;
        }
    }

    void countFailed(long outcomes) {
        failed += outcomes;
    }

    RunCounts snapshot() {
        return new RunCounts(evaluated, inactive, excluded, skipped, removed, deactivated, exported, noIdentifier,
                failed, reported);
    }
}
