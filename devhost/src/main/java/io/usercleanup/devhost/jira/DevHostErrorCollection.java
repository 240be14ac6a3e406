package io.usercleanup.devhost.jira;

import com.atlassian.jira.util.ErrorCollection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Jira's error collection: general messages, messages per field, and the reasons behind them. */
class DevHostErrorCollection implements ErrorCollection {
    private final List<String> messages = new ArrayList<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Set<Reason> reasons = EnumSet.noneOf(Reason.class);

    @Override
    public void addError(String field, String message) {
        errors.put(field, message);
    }

    @Override
    public void addError(String field, String message, Reason reason) {
        addError(field, message);
        addReason(reason);
    }

    @Override
    public void addErrorMessage(String message) {
        messages.add(message);
    }

    @Override
    public void addErrorMessage(String message, Reason reason) {
        addErrorMessage(message);
        addReason(reason);
    }

    @Override
    public Collection<String> getErrorMessages() {
        return List.copyOf(messages);
    }

    @Override
    public void setErrorMessages(Collection<String> errorMessages) {
        messages.clear();
        messages.addAll(errorMessages);
    }

    /** The messages, which are then cleared. */
    @Override
    public Collection<String> getFlushedErrorMessages() {
        Collection<String> flushed = getErrorMessages();
        messages.clear();
        return flushed;
    }

    @Override
    public Map<String, String> getErrors() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    @Override
    public void addErrorCollection(ErrorCollection other) {
        addErrorMessages(other.getErrorMessages());
        addErrors(other.getErrors());
        addReasons(other.getReasons());
    }

    @Override
    public void addErrorMessages(Collection<String> errorMessages) {
        messages.addAll(errorMessages);
    }

    @Override
    public void addErrors(Map<String, String> moreErrors) {
        errors.putAll(moreErrors);
    }

    @Override
    public boolean hasAnyErrors() {
        return !messages.isEmpty() || !errors.isEmpty();
    }

    @Override
    public void addReasons(Set<Reason> moreReasons) {
        reasons.addAll(moreReasons);
    }

    @Override
    public void addReason(Reason reason) {
        reasons.add(reason);
    }

    @Override
    public void setReasons(Set<Reason> newReasons) {
        reasons.clear();
        reasons.addAll(newReasons);
    }

    @Override
    public Set<Reason> getReasons() {
        return Set.copyOf(reasons);
    }

    @Override
    public String toString() {
        return "Errors: " + errors + ", messages: " + messages;
    }
}
