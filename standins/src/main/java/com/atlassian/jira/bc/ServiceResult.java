// Stand-in for com.atlassian.jira:jira-api:10.3.x, compile-only; never packaged.
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/** The result of a service validation, with its errors. */
public interface ServiceResult {
    boolean isValid();

    ErrorCollection getErrorCollection();
}
