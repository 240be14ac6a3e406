package io.usercleanup.devhost;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.NamespaceHandler;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.UrlResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import javax.ws.rs.Path;
import javax.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the plugin as Jira's plugin system does: its own {@code META-INF/spring/plugin-context.xml}
 * is loaded by Spring, host services are injected where it imports them, and the REST module's
 * resources and providers are found in the plugin's REST package and built by the plugin's
 * context through their {@code @Inject} constructors.
 */
public final class PluginContainer implements AutoCloseable {

    private final GenericApplicationContext context;
    private final BlueprintNamespace blueprint;

    /**
     * @param host      the services the host offers
     * @param overrides beans of the plugin's context to replace by name, such as the dev host's
     *                  fixed {@code clock}; each must exist in the plugin's context
     */
    public PluginContainer(HostServices host, Map<String, Object> overrides) {
        this(DevHostProduct.JIRA.springContext(), host, overrides);
    }

    /** The plugin of the Spring context at that class path location (the Confluence plugin's, for one). */
    public PluginContainer(java.net.URL springContext, HostServices host, Map<String, Object> overrides) {
        context = new GenericApplicationContext();
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        blueprint = new BlueprintNamespace(host);
        blueprint.init();
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_NONE);
        reader.setNamespaceAware(true);
        DefaultNamespaceHandlerResolver defaults = new DefaultNamespaceHandlerResolver();
        reader.setNamespaceHandlerResolver(uri -> BlueprintNamespace.URI.equals(uri) ? (NamespaceHandler) blueprint
                : defaults.resolve(uri));
        reader.loadBeanDefinitions(new UrlResource(springContext));
        overrides.forEach((name, bean) -> {
            if (!context.containsBeanDefinition(name)) {
                throw new IllegalStateException("The plugin's context has no bean '" + name + "' to replace");
            }
            context.removeBeanDefinition(name);
            context.registerBean(name, beanType(bean), () -> bean);
        });
        context.refresh();
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> beanType(T bean) {
        return (Class<T>) bean.getClass();
    }

    /** Tells the plugin that the application has started, as SAL does through {@link LifecycleAware}. */
    public void start() {
        for (LifecycleAware aware : lifecycleAwareExports()) {
            aware.onStart();
        }
    }

    private List<LifecycleAware> lifecycleAwareExports() {
        List<LifecycleAware> aware = new ArrayList<>();
        for (BlueprintNamespace.Export export : blueprint.exports()) {
            if (LifecycleAware.class.getName().equals(export.interfaceName())) {
                aware.add(context.getBean(export.beanName(), LifecycleAware.class));
            }
        }
        return aware;
    }

    /** A new object of the plugin built by its context, as the plugin system builds module classes. */
    public <T> T create(Class<T> type) {
        return context.getAutowireCapableBeanFactory().createBean(type);
    }

    /** A bean of the plugin's context. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The plugin's REST resources and providers in the package, built by its context. */
    public List<Object> restComponents(String restPackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Provider.class));
        List<Object> components = new ArrayList<>();
        scanner.findCandidateComponents(restPackage).forEach(candidate -> {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                components.add(context.getAutowireCapableBeanFactory().createBean(type));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        return components;
    }

    /** Stops the plugin: SAL's stop, then the context's destroy methods. */
    @Override
    public void close() {
        for (LifecycleAware aware : lifecycleAwareExports()) {
            aware.onStop();
        }
        context.close();
    }
}
