package io.usercleanup.devhost;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * Who the host lets reach a REST resource method or a servlet, from its access annotation, as
 * Jira 10 (Platform 7) decides it before any of the plugin's code runs: the method's annotation
 * wins over the class's, the class's over its package's, and without any the endpoint is for
 * licensed users only. The REST module reads
 * {@code com.atlassian.plugins.rest.api.security.annotation.*}; servlets carry
 * {@code com.atlassian.annotations.security.*}. Only {@code SystemAdminOnly} is known here, the one
 * annotation the plugin uses; any other endpoint counts as unannotated, which is the strictest
 * reading the host can make of it.
 */
public enum HostAccess {
    /** No access annotation: the caller must be logged in and hold a product licence. */
    LICENSED_ONLY,
    /** {@code @SystemAdminOnly}: the caller must be a system administrator. */
    SYSTEM_ADMIN_ONLY;

    /** The REST module's annotations the dev host enforces. */
    public static final List<Class<? extends Annotation>> REST_ANNOTATIONS =
            List.of(com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly.class);
    /** The servlet annotations the dev host enforces. */
    public static final List<Class<? extends Annotation>> SERVLET_ANNOTATIONS =
            List.of(com.atlassian.annotations.security.SystemAdminOnly.class);

    /** Why the host refuses a caller, or that it does not. */
    public enum Verdict {
        ALLOWED,
        /** Nobody is logged in: {@code 401}, or the login page for a page. */
        NOT_LOGGED_IN,
        /** Logged in, but not allowed: {@code 403}. */
        NOT_PERMITTED
    }

    /** What this access level says of the caller ({@code null}: anonymous). */
    public Verdict judge(String username, Accounts accounts) {
        if (username == null) {
            return Verdict.NOT_LOGGED_IN;
        }
        boolean allowed = this == SYSTEM_ADMIN_ONLY ? accounts.isSystemAdmin(username) : accounts.isLicensed(username);
        return allowed ? Verdict.ALLOWED : Verdict.NOT_PERMITTED;
    }

    /**
     * The access of a REST resource method: the method's annotation, else the resource class's
     * (the class the resource is registered as, which may inherit the method), else the package's
     * of the method's class.
     */
    public static HostAccess ofResourceMethod(Class<?> resourceClass, Method method) {
        return annotated(method.getAnnotations(), REST_ANNOTATIONS)
                .or(() -> annotated(resourceClass.getAnnotations(), REST_ANNOTATIONS))
                .or(() -> annotated(packageAnnotations(method.getDeclaringClass()), REST_ANNOTATIONS))
                .orElse(LICENSED_ONLY);
    }

    /**
     * The access of a servlet for an HTTP method: the annotation of the {@code doGet}-style method
     * that serves it, where the servlet class or one of its superclasses overrides it, else the
     * servlet class's (as the descriptor names it), else its package's.
     */
    public static HostAccess ofServlet(Class<?> servletClass, String httpMethod) {
        return handler(servletClass, httpMethod).flatMap(m -> annotated(m.getAnnotations(), SERVLET_ANNOTATIONS))
                .or(() -> annotated(servletClass.getAnnotations(), SERVLET_ANNOTATIONS))
                .or(() -> annotated(packageAnnotations(servletClass), SERVLET_ANNOTATIONS))
                .orElse(LICENSED_ONLY);
    }

    /** The servlet's own {@code doXxx} method for the HTTP method, if a class above HttpServlet declares it. */
    public static Optional<Method> handler(Class<?> servletClass, String httpMethod) {
        String name = "do" + httpMethod.charAt(0) + httpMethod.substring(1).toLowerCase(java.util.Locale.ROOT);
        for (Class<?> type = servletClass; type != null && type != javax.servlet.http.HttpServlet.class;
                type = type.getSuperclass()) {
            try {
                return Optional.of(type.getDeclaredMethod(name, javax.servlet.http.HttpServletRequest.class,
                        javax.servlet.http.HttpServletResponse.class));
            } catch (NoSuchMethodException e) {
                // not declared at this level; look further up
            }
        }
        return Optional.empty();
    }

    private static Annotation[] packageAnnotations(Class<?> type) {
        Package pkg = type.getPackage();
        return pkg == null ? new Annotation[0] : pkg.getAnnotations();
    }

    private static Optional<HostAccess> annotated(Annotation[] annotations, List<Class<? extends Annotation>> known) {
        for (Annotation annotation : annotations) {
            if (known.contains(annotation.annotationType())) {
                return Optional.of(SYSTEM_ADMIN_ONLY);
            }
        }
        return Optional.empty();
    }
}
