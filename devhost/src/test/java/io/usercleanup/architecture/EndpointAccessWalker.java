package io.usercleanup.architecture;

import io.usercleanup.devhost.HostAccess;
import io.usercleanup.devhost.web.PluginDescriptor;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import javax.servlet.http.HttpServlet;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds every endpoint the host serves for the plugin, with the access the host gives it
 * ({@link HostAccess}): each resource method of each {@code @Path} class in a package (following
 * sub-resource locators into the classes they return), and each request method a servlet module
 * overrides, for the servlet classes the descriptor names.
 */
final class EndpointAccessWalker {
    private static final List<String> SERVLET_METHODS = List.of("GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS");

    /** One endpoint: where it is, and what the host lets through. */
    record Endpoint(String name, HostAccess access) {
    }

    private EndpointAccessWalker() {
    }

    /** Every resource method of the root resources in the package and their sub-resources. */
    static List<Endpoint> restEndpoints(String restPackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        List<Endpoint> endpoints = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        scanner.findCandidateComponents(restPackage).forEach(candidate -> {
            try {
                walkResource(Class.forName(candidate.getBeanClassName()), endpoints, seen);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        return endpoints;
    }

    /** The endpoints of one resource class and of the sub-resources its locators return. */
    static List<Endpoint> restEndpoints(Class<?> resourceClass) {
        List<Endpoint> endpoints = new ArrayList<>();
        walkResource(resourceClass, endpoints, new HashSet<>());
        return endpoints;
    }

    private static void walkResource(Class<?> resource, List<Endpoint> endpoints, Set<Class<?>> seen) {
        if (!seen.add(resource)) {
            return;
        }
        for (Method method : resource.getMethods()) {
            if (!Modifier.isPublic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
                continue;
            }
            if (httpMethod(method)) {
                endpoints.add(new Endpoint(resource.getName() + "#" + method.getName(),
                        HostAccess.ofResourceMethod(resource, method)));
            } else if (method.isAnnotationPresent(Path.class)) {
                // a sub-resource locator: Jersey serves the methods of what it returns
                endpoints.add(new Endpoint(resource.getName() + "#" + method.getName() + " (locator)",
                        HostAccess.ofResourceMethod(resource, method)));
                walkResource(method.getReturnType(), endpoints, seen);
            }
        }
    }

    private static boolean httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    /** Every request method each servlet module of the descriptor handles itself. */
    static List<Endpoint> servletEndpoints(PluginDescriptor descriptor) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (PluginDescriptor.ServletModule module : descriptor.servlets()) {
            try {
                endpoints.addAll(servletEndpoints(Class.forName(module.className()).asSubclass(HttpServlet.class)));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The servlet module " + module.key() + " names a missing class", e);
            }
        }
        return endpoints;
    }

    /** The request methods one servlet class handles itself (those it or a superclass overrides). */
    static List<Endpoint> servletEndpoints(Class<? extends HttpServlet> servlet) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (String method : SERVLET_METHODS) {
            if (HostAccess.handler(servlet, method).isPresent()) {
                endpoints.add(new Endpoint(servlet.getName() + " " + method, HostAccess.ofServlet(servlet, method)));
            }
        }
        if (endpoints.isEmpty()) {
            endpoints.add(new Endpoint(servlet.getName() + " (no request method)", HostAccess.ofServlet(servlet, "GET")));
        }
        return endpoints;
    }
}
