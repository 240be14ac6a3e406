// Stand-in for com.atlassian.jira:jira-api:10.3.x, compile-only; never packaged.
package com.atlassian.jira.entity;

import java.util.Comparator;

/** An entity with a numeric id. */
public interface WithId {
    Comparator<WithId> ID_COMPARATOR =
            Comparator.comparing(WithId::getId, Comparator.nullsFirst(Comparator.naturalOrder()));

    Long getId();
}
