package io.usercleanup.devhost;

import java.util.LinkedHashMap;
import java.util.Map;

/** The services the dev host offers plugins, by interface, as Jira's OSGi service registry does. */
public final class HostServices {
    private final Map<String, Object> services = new LinkedHashMap<>();

    /** Offers a service under an interface. */
    public <T> HostServices offer(Class<T> type, T service) {
        services.put(type.getName(), service);
        return this;
    }

    /** The service offered under the interface name. */
    public Object get(String interfaceName) {
        Object service = services.get(interfaceName);
        if (service == null) {
            throw new IllegalStateException("The dev host offers no service " + interfaceName
                    + "; it offers " + services.keySet());
        }
        return service;
    }
}
