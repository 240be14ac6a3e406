package io.usercleanup.devhost.web;

import io.usercleanup.devhost.Accounts;
import io.usercleanup.devhost.DevHostProduct;
import io.usercleanup.devhost.RememberMeCookie;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The dev host's login page, {@code /jira/login.jsp} (Confluence: {@code /confluence/login.action}): a form, then the session, then back to
 * {@code os_destination} (only a path of this application, never another site). With
 * {@code os_cookie=true} (the form's "remember me" box, Seraph's parameter) it also sends the
 * product's remember-me cookie ({@link RememberMeCookie}).
 */
final class LoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Accounts accounts;
    private final transient RememberMeCookie rememberMe;
    private final String product;
    private final String loginPath;

    /** The login page of the product, its form posting to the product's login path. */
    LoginServlet(Accounts accounts, DevHostProduct product, RememberMeCookie rememberMe) {
        this.accounts = accounts;
        this.rememberMe = rememberMe;
        this.product = product.displayName();
        this.loginPath = product.loginPath();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page(request, response, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("os_username");
        String password = request.getParameter("os_password");
        if (username == null || !accounts.authenticate(username, password)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            page(request, response, true);
            return;
        }
        request.getSession(true).setAttribute(Accounts.SESSION_ATTRIBUTE, username);
        if ("true".equals(request.getParameter("os_cookie"))) {
            rememberMe.issue(request, response, username);
        }
        response.sendRedirect(destination(request));
    }

    private static String destination(HttpServletRequest request) {
        String destination = request.getParameter("os_destination");
        String context = request.getContextPath();
        boolean local = destination != null && destination.startsWith(context + "/") && !destination.startsWith("//");
        return local ? destination : context + "/plugins/servlet/user-cleanup/admin";
    }

    private void page(HttpServletRequest request, HttpServletResponse response, boolean failed) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        String context = request.getContextPath();
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Log in - " + product + " (dev host)</title><link rel=\"icon\" href=\"data:,\">");
        out.println("<link rel=\"stylesheet\" href=\"" + context + "/devhost/aui/@atlassian/aui/dist/aui/aui-prototyping.css\">");
        out.println("</head><body class=\"aui-page-focused aui-page-size-small\"><div id=\"page\"><section id=\"content\" role=\"main\">");
        out.println("<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\"><section class=\"aui-page-panel-content\">");
        out.println("<h1>Log in to " + product + " (User Cleanup dev host)</h1>");
        if (failed) {
            out.println("<div class=\"aui-message aui-message-error\" role=\"alert\">Sorry, your username and password are incorrect.</div>");
        }
        out.println("<form class=\"aui\" method=\"post\" action=\"" + context + loginPath + "\">");
        out.println("<input type=\"hidden\" name=\"os_destination\" value=\"" + escape(destination(request)) + "\">");
        out.println("<div class=\"field-group\"><label for=\"login-username\">Username</label>"
                + "<input class=\"text\" type=\"text\" id=\"login-username\" name=\"os_username\" autocomplete=\"username\" autofocus></div>");
        out.println("<div class=\"field-group\"><label for=\"login-password\">Password</label>"
                + "<input class=\"password\" type=\"password\" id=\"login-password\" name=\"os_password\" autocomplete=\"current-password\"></div>");
        out.println("<div class=\"checkbox\"><input class=\"checkbox\" type=\"checkbox\" id=\"login-remember\" name=\"os_cookie\""
                + " value=\"true\"><label for=\"login-remember\">Remember me</label></div>");
        out.println("<div class=\"buttons-container\"><div class=\"buttons\"><button class=\"aui-button aui-button-primary\" id=\"login-submit\" type=\"submit\">Log in</button></div></div>");
        out.println("</form><p class=\"description\">admin / admin is a system administrator; user / user is not.</p>");
        out.println("</section></div></div></section></div></body></html>");
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
