// Stand-in for com.atlassian.crowd:crowd-integration-api (signatures as in 5.1.6), compile-only; never packaged.
package com.atlassian.crowd.model;

import java.util.Date;

/** An entity that records when it was created and last updated. */
public interface TimestampedEntity {
    Date getCreatedDate();

    Date getUpdatedDate();
}
