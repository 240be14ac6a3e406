// Stand-in for com.atlassian.plugins.rest:atlassian-rest-v2-api (Jira 10.x, Platform 7; the same
// type in Jira 11), compile-only: never packaged, the host application provides the real type at
// run time. Retention and targets are those of its REST v1 twin
// com.atlassian.plugins.rest.common.security.SystemAdminOnly (atlassian-rest-module 7.1.9); the
// v2 type itself was seen only at call sites (docs/stand-ins.md, "Access annotations").
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SystemAdminOnly {
}
