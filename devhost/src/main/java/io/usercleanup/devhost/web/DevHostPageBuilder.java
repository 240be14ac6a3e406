package io.usercleanup.devhost.web;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The web resources a page requires, per request (per thread, as Jira's page builder is request
 * scoped); the admin decorator puts them into the page's head.
 */
final class DevHostPageBuilder implements PageBuilderService {
    private static final ThreadLocal<Set<String>> REQUIRED = ThreadLocal.withInitial(LinkedHashSet::new);

    @Override
    public WebResourceAssembler assembler() {
        return () -> new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                REQUIRED.get().add(moduleCompleteKey);
                return this;
            }

            @Override
            public RequiredResources requireContext(String context) {
                throw new UnsupportedOperationException("The dev host serves web resources by module, not by context");
            }
        };
    }

    @Override
    public void seed(WebResourceAssembler assembler) {
        throw new UnsupportedOperationException("The dev host does not seed assemblers");
    }

    /** The modules required by this thread's request, in order; forgets them. */
    static List<String> drain() {
        List<String> required = new ArrayList<>(REQUIRED.get());
        REQUIRED.remove();
        return required;
    }
}
