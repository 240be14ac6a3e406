package io.usercleanup.web;

import com.atlassian.annotations.security.SystemAdminOnly;

import javax.inject.Inject;

/** The Scheduling and Cleanup page, {@code /plugins/servlet/user-cleanup/cleanups}: cleanups, runs and History. */
@SystemAdminOnly
public class CleanupsServlet extends AdminPageServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    public CleanupsServlet(AdminAccess access, AdminPages pages) {
        super(access, pages, "UserCleanup.Admin.cleanupsPage");
    }
}
