// Stand-in for com.atlassian.soy:soy-template-renderer-api 6.0.7 (the API Jira 10 keeps),
// compile-only: never packaged, the host application provides the real class at run time.
package com.atlassian.soy.renderer;

import java.util.Map;

public interface SoyTemplateRenderer {
    void clearAllCaches();

    void clearCache(String completeModuleKey);

    String render(String completeModuleKey, String templateName, Map<String, Object> data) throws SoyException;

    void render(Appendable appendable, String completeModuleKey, String templateName, Map<String, Object> data)
            throws SoyException;

    void render(Appendable appendable, String completeModuleKey, String templateName, Map<String, Object> data,
                Map<String, Object> injectedData) throws SoyException;
}
