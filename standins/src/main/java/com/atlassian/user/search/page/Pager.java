// Stand-in for com.atlassian.user:atlassian-user 3.0 (as Confluence 8.7.2 and 9.x ship it),
// compile-only: never packaged, the host application provides the real type at run time.
package com.atlassian.user.search.page;

import java.util.Iterator;
import java.util.List;

/**
 * A result read page by page: iterating it loads the next page when the current one is used up.
 * Only the members the plugin uses (the real one also has skipTo, getIndex, ...).
 */
public interface Pager<T> extends Iterable<T> {
    boolean isEmpty();

    @Override
    Iterator<T> iterator();

    List<T> getCurrentPage();

    void nextPage();

    boolean onLastPage();
}
