package io.usercleanup.web;

import com.atlassian.annotations.security.SystemAdminOnly;

import javax.inject.Inject;

/** The configuration page, {@code /plugins/servlet/user-cleanup/admin}: identity providers. */
@SystemAdminOnly
public class ConfigurationServlet extends AdminPageServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    public ConfigurationServlet(AdminAccess access, AdminPages pages) {
        super(access, pages, "UserCleanup.Admin.configurationPage");
    }
}
