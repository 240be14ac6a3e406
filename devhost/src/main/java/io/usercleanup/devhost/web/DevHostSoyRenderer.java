package io.usercleanup.devhost.web;

import com.atlassian.soy.renderer.SoyException;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import io.usercleanup.testsupport.soy.SoyTemplates;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Atlassian's Soy renderer for the dev host: the templates of a web-resource module (its
 * {@code soy} resources) compiled by Closure Templates 2012-12-21, as Jira's renderer does.
 */
final class DevHostSoyRenderer implements SoyTemplateRenderer {
    private final PluginDescriptor descriptor;
    private final Map<String, SoyTemplates> compiled = new ConcurrentHashMap<>();

    DevHostSoyRenderer(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    private SoyTemplates templates(String moduleKey) {
        return compiled.computeIfAbsent(moduleKey, key -> {
            List<URL> files = new ArrayList<>();
            for (PluginDescriptor.Resource resource : descriptor.webResource(key).resources()) {
                if ("soy".equals(resource.type())) {
                    URL url = DevHostSoyRenderer.class.getResource("/" + resource.location());
                    if (url == null) {
                        throw new SoyException("The Soy file " + resource.location() + " of " + key + " is missing");
                    }
                    files.add(url);
                }
            }
            try {
                return SoyTemplates.compile(files);
            } catch (IllegalStateException e) {
                throw new SoyException(e.getMessage(), e);
            }
        });
    }

    @Override
    public void clearAllCaches() {
        compiled.clear();
    }

    @Override
    public void clearCache(String completeModuleKey) {
        compiled.remove(completeModuleKey);
    }

    @Override
    public String render(String completeModuleKey, String templateName, Map<String, Object> data) {
        return templates(completeModuleKey).render(templateName, data);
    }

    @Override
    public void render(Appendable appendable, String completeModuleKey, String templateName, Map<String, Object> data) {
        try {
            appendable.append(render(completeModuleKey, templateName, data));
        } catch (IOException e) {
            throw new SoyException(e);
        }
    }

    @Override
    public void render(Appendable appendable, String completeModuleKey, String templateName, Map<String, Object> data,
                       Map<String, Object> injectedData) {
        render(appendable, completeModuleKey, templateName, data);
    }
}
