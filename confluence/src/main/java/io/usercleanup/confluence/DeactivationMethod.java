package io.usercleanup.confluence;

import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.user.User;

import java.util.Optional;

/**
 * Which of Confluence's deactivations the app calls. {@code deactivateUser(User)} is the one
 * Confluence's own "Deactivate user" action calls (8.7.2), documented since 6.12 and present in
 * 9.x; {@code deactivateUserLocally(User)} exists from 9.5 on. The app prefers the former and takes
 * the latter only where the former is missing (a later Confluence that drops it), which it learns
 * by looking at the host's {@code UserAccessor} interface when it starts: the JVM links a method
 * only when a call of it first runs, so the call that is not chosen never fails to link.
 */
enum DeactivationMethod {
    DEACTIVATE_USER("deactivateUser") {
        @Override
        void deactivate(UserAccessor userAccessor, User user) {
            userAccessor.deactivateUser(user);
        }
    },
    DEACTIVATE_USER_LOCALLY("deactivateUserLocally") {
        @Override
        void deactivate(UserAccessor userAccessor, User user) {
            userAccessor.deactivateUserLocally(user);
        }
    };

    private final String methodName;

    DeactivationMethod(String methodName) {
        this.methodName = methodName;
    }

    abstract void deactivate(UserAccessor userAccessor, User user);

    /** The method the host's accessor type has, preferring {@link #DEACTIVATE_USER}; empty when it has neither. */
    static Optional<DeactivationMethod> of(Class<?> accessorType) {
        for (DeactivationMethod method : values()) {
            try {
                accessorType.getMethod(method.methodName, User.class);
                return Optional.of(method);
            } catch (NoSuchMethodException e) {
                // try the next one
            }
        }
        return Optional.empty();
    }
}
