package io.usercleanup.devhost;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.BeanDefinitionParser;
import org.springframework.beans.factory.xml.NamespaceHandlerSupport;
import org.springframework.beans.factory.xml.ParserContext;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of Gemini Blueprint's {@code osgi:} namespace that plugins use: {@code reference}
 * becomes a bean holding the host's service, {@code service} is remembered as an export (the dev
 * host calls exported {@code LifecycleAware} services once it has started, as SAL does).
 */
final class BlueprintNamespace extends NamespaceHandlerSupport {
    static final String URI = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    /** An {@code osgi:service} export. */
    record Export(String beanName, String interfaceName) {
    }

    private final HostServices host;
    private final List<Export> exports = new ArrayList<>();

    BlueprintNamespace(HostServices host) {
        this.host = host;
    }

    List<Export> exports() {
        return List.copyOf(exports);
    }

    @Override
    public void init() {
        registerBeanDefinitionParser("reference", new ReferenceParser());
        registerBeanDefinitionParser("service", new ServiceParser());
    }

    private final class ReferenceParser implements BeanDefinitionParser {
        @Override
        public BeanDefinition parse(Element element, ParserContext context) {
            String id = element.getAttribute("id");
            String type = element.getAttribute("interface");
            RootBeanDefinition definition = new RootBeanDefinition();
            try {
                definition.setBeanClass(Class.forName(type));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("osgi:reference " + id + " names an unknown interface " + type, e);
            }
            definition.setInstanceSupplier(() -> host.get(type));
            context.getRegistry().registerBeanDefinition(id, definition);
            return definition;
        }
    }

    private final class ServiceParser implements BeanDefinitionParser {
        @Override
        public BeanDefinition parse(Element element, ParserContext context) {
            exports.add(new Export(element.getAttribute("ref"), element.getAttribute("interface")));
            return null;
        }
    }
}
