package io.usercleanup.devhost;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Set;

/**
 * Makes every directory change take a while ({@code devhost.changeDelay}), as an LDAP or Crowd
 * server far away does, so that a run of a few thousand users lasts long enough to be watched,
 * stopped or killed in the middle.
 */
final class SlowChanges {
    private SlowChanges() {
    }

    /** The service, with the named methods made slower by the delay (unchanged for {@code null}). */
    static <T> T slow(Class<T> type, T service, Duration delay, Set<String> changes) {
        if (delay == null || delay.isZero()) {
            return service;
        }
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (changes.contains(method.getName())) {
                Thread.sleep(delay.toMillis());
            }
            try {
                return method.invoke(service, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
