// Stand-in for com.atlassian.annotations:atlassian-annotations as shipped with Jira 10.x
// (Platform 7; the package is not in atlassian-annotations 4.0.1 of Platform 6), compile-only:
// never packaged, the host application provides the real type at run time. Seen only at call
// sites (on servlet and servlet-filter classes); retention and targets follow the REST module's
// twin and Confluence's com.atlassian.confluence.impl.security.SystemAdminOnly (RUNTIME; TYPE,
// METHOD, PACKAGE), see docs/stand-ins.md, "Access annotations".
package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SystemAdminOnly {
}
