// Stand-in for com.atlassian.jira:jira-api:10.3.x, compile-only; never packaged.
package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** General and field-specific error messages of a validation. */
public interface ErrorCollection {
    void addError(String field, String message);

    void addError(String field, String message, Reason reason);

    void addErrorMessage(String message);

    void addErrorMessage(String message, Reason reason);

    Collection<String> getErrorMessages();

    void setErrorMessages(Collection<String> errorMessages);

    Collection<String> getFlushedErrorMessages();

    Map<String, String> getErrors();

    void addErrorCollection(ErrorCollection errors);

    void addErrorMessages(Collection<String> errorMessages);

    void addErrors(Map<String, String> errors);

    boolean hasAnyErrors();

    void addReasons(Set<Reason> reasons);

    void addReason(Reason reason);

    void setReasons(Set<Reason> reasons);

    Set<Reason> getReasons();

    /** Well-known reasons why a function was not performed. */
    enum Reason {
        NOT_FOUND(404),
        NOT_LOGGED_IN(401),
        FORBIDDEN(403),
        VALIDATION_FAILED(400),
        SERVER_ERROR(500);

        private final int httpStatusCode;

        Reason(int httpStatusCode) {
            this.httpStatusCode = httpStatusCode;
        }

        public int getHttpStatusCode() {
            return httpStatusCode;
        }
    }
}
