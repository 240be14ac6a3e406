package io.usercleanup.devhost;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Lets a test make the dev host behave like a Jira whose API does not match the plugin's: while a
 * method is broken, every call of it on the dev host's {@code UserService} or {@code CrowdService}
 * throws {@link NoSuchMethodError} with the message the JVM gives when it cannot link the call
 * (the member's return type, owner, name and parameter types, in quotes). Nothing is broken by
 * default.
 */
public final class HostApiFaults {
    private final Set<String> broken = ConcurrentHashMap.newKeySet();

    /** Makes calls of the method (by name, on either service) fail to link until {@link #repairAll}. */
    public void breakMethod(String methodName) {
        broken.add(methodName);
    }

    /** Lets every method through again. */
    public void repairAll() {
        broken.clear();
    }

    /** The service, with calls of broken methods failing to link. */
    <T> T guard(Class<T> type, T service) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (broken.contains(method.getName())) {
                        throw new NoSuchMethodError(linkageMessage(method));
                    }
                    try {
                        return method.invoke(service, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }

    /** As HotSpot words it, such as {@code 'void com.example.Service.update(com.example.User)'}. */
    static String linkageMessage(Method method) {
        return "'" + method.getReturnType().getTypeName() + " " + method.getDeclaringClass().getName() + "."
                + method.getName() + "(" + Arrays.stream(method.getParameterTypes()).map(Class::getTypeName)
                .collect(Collectors.joining(", ")) + ")'";
    }
}
