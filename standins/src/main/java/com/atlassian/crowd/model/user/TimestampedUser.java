// Stand-in for com.atlassian.crowd:crowd-integration-api (signatures as in 5.1.6), compile-only; never packaged.
package com.atlassian.crowd.model.user;

import com.atlassian.crowd.model.TimestampedEntity;

/** A directory user that records when it was created and last updated. */
public interface TimestampedUser extends User, TimestampedEntity {
}
