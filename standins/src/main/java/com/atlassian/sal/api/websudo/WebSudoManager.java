// Stand-in for com.atlassian.sal:sal-api 6.0.x (Jira 10, Platform 7; same API as sal-api 5.1.4),
// compile-only: never packaged, the host application provides the real class at run time.
package com.atlassian.sal.api.websudo;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public interface WebSudoManager {
    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
