package io.usercleanup.rest;

import org.junit.jupiter.api.Test;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every REST method that takes a body declares {@code @Consumes(application/json)}, and every
 * state-changing method is one that takes a body or a DELETE, so that the plugin's own content
 * type check ({@link RequestContentType}) covers them all.
 */
class RestContentTypesTest {
    private static final List<Class<?>> RESOURCES = List.of(CleanupResource.class, IdpResource.class,
            RunResource.class, SettingsResource.class, DirectoryResource.class);

    private static boolean takesABody(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean annotatedAsSomethingElse = Arrays.stream(parameter.getAnnotations())
                    .map(Annotation::annotationType)
                    .anyMatch(type -> type == Context.class || type.getPackageName().equals("javax.ws.rs"));
            if (!annotatedAsSomethingElse) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyMethodWithABody_consumesJsonOnly_andEveryChangeHasABodyOrIsADelete() {
        List<String> bodies = new ArrayList<>();
        for (Class<?> resource : RESOURCES) {
            for (Method method : resource.getDeclaredMethods()) {
                if (Arrays.stream(method.getAnnotations()).noneMatch(a -> a.annotationType()
                        .isAnnotationPresent(HttpMethod.class))) {
                    continue;
                }
                boolean changes = method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                        || method.isAnnotationPresent(DELETE.class);
                if (takesABody(method)) {
                    bodies.add(resource.getSimpleName() + "." + method.getName());
                    assertThat(method.getAnnotation(Consumes.class)).as(method.toString()).isNotNull();
                    assertThat(method.getAnnotation(Consumes.class).value()).as(method.toString())
                            .containsExactly(MediaType.APPLICATION_JSON);
                } else if (changes) {
                    assertThat(method.isAnnotationPresent(DELETE.class)).as(method + " changes state without a body")
                            .isTrue();
                }
            }
        }
        assertThat(bodies).containsExactlyInAnyOrder("CleanupResource.create", "CleanupResource.update",
                "CleanupResource.run", "IdpResource.create", "IdpResource.update", "SettingsResource.update");
    }
}
