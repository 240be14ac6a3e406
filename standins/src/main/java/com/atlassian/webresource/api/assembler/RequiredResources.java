// Stand-in for com.atlassian.plugins:atlassian-plugins-webresource-api 6.1.1 (only the members the
// plugin uses; the real interfaces have more), compile-only: never packaged.
package com.atlassian.webresource.api.assembler;

public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);

    RequiredResources requireContext(String context);
}
