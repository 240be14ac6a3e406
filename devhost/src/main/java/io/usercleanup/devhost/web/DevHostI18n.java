package io.usercleanup.devhost.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.message.MessageCollection;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** SAL's i18n over the plugin's own i18n bundles (English only, as the plugin ships them). */
final class DevHostI18n implements I18nResolver {
    private final Map<String, String> strings = new TreeMap<>();

    DevHostI18n(PluginDescriptor descriptor) {
        for (String location : descriptor.i18nLocations()) {
            Properties properties = new Properties();
            try (InputStream in = DevHostI18n.class.getResourceAsStream("/" + location + ".properties")) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("The i18n bundle " + location + " cannot be read", e);
            }
            properties.stringPropertyNames().forEach(key -> strings.put(key, properties.getProperty(key)));
        }
    }

    @Override
    public String getRawText(String key) {
        return strings.getOrDefault(key, key);
    }

    @Override
    public String getRawText(Locale locale, String key) {
        return getRawText(key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return MessageFormat.format(getRawText(key), (Object[]) arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return getText(key, arguments);
    }

    @Override
    public String getText(String key) {
        return getRawText(key);
    }

    @Override
    public String getText(Locale locale, String key) {
        return getRawText(key);
    }

    @Override
    public String getText(Message message) {
        return getText(message.getKey(), message.getArguments());
    }

    @Override
    public String getText(Locale locale, Message message) {
        return getText(message);
    }

    @Override
    public Message createMessage(String key, Serializable... arguments) {
        throw new UnsupportedOperationException("The dev host does not build SAL messages");
    }

    @Override
    public MessageCollection createMessageCollection() {
        throw new UnsupportedOperationException("The dev host does not build SAL message collections");
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix) {
        Map<String, String> matching = new TreeMap<>();
        strings.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                matching.put(key, value);
            }
        });
        return matching;
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale) {
        return getAllTranslationsForPrefix(prefix);
    }
}
