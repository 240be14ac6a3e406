package io.usercleanup.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/** An admin page: checks access, then renders its template; everything else happens in the page's script. */
abstract class AdminPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient AdminAccess access;
    private final transient AdminPages pages;
    private final String template;

    AdminPageServlet(AdminAccess access, AdminPages pages, String template) {
        this.access = access;
        this.pages = pages;
        this.template = template;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (access.admit(request, response)) {
            pages.render(template, request, response);
        }
    }
}
