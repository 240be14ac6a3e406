package io.usercleanup.core.service;

/**
 * One problem with submitted input.
 *
 * @param field   the path of the field, such as {@code inactiveDays} or {@code schedule.cron};
 *                {@code null} when the problem is not about one field
 * @param message what is wrong and why, for an administrator
 */
public record FieldError(String field, String message) {
}
