package io.usercleanup.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Renders an admin page: a Soy template of the plugin through the host's Soy renderer, with the
 * page's scripts and styles required through the host's page builder, and the app's strings
 * handed to the page (the scripts read them from it, so they need no server-side transform).
 */
public class AdminPages {
    /** The plugin key; module keys below are those of {@code atlassian-plugin.xml}. */
    static final String PLUGIN_KEY = "io.usercleanup.user-cleanup";
    static final String TEMPLATES = PLUGIN_KEY + ":admin-templates";
    static final String RESOURCES = PLUGIN_KEY + ":admin-resources";
    private static final String I18N_PREFIX = "user-cleanup.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SoyTemplateRenderer soy;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;

    public AdminPages(SoyTemplateRenderer soy, PageBuilderService pageBuilder, I18nResolver i18n) {
        this.soy = Objects.requireNonNull(soy, "soy");
        this.pageBuilder = Objects.requireNonNull(pageBuilder, "pageBuilder");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    /** Renders the template (such as {@code UserCleanup.Admin.configurationPage}) as the response. */
    public void render(String template, HttpServletRequest request, HttpServletResponse response) throws IOException {
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        Map<String, String> strings = new TreeMap<>(i18n.getAllTranslationsForPrefix(I18N_PREFIX));
        Map<String, Object> data = new HashMap<>();
        data.put("i18n", strings);
        data.put("i18nJson", json(strings));
        data.put("contextPath", request.getContextPath());
        data.put("restBase", request.getContextPath() + "/rest/user-cleanup/1.0");
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        soy.render(response.getWriter(), TEMPLATES, template, data);
    }

    private static String json(Map<String, String> strings) {
        try {
            return JSON.writeValueAsString(strings);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
