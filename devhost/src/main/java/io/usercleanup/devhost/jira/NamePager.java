package io.usercleanup.devhost.jira;

import com.atlassian.user.search.page.Pager;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * atlassian-user's pager over a list read in one go: pages of {@value #PAGE_SIZE}, as the real
 * pager loads them, so that code reading only the current page sees what it would see in Confluence.
 */
final class NamePager implements Pager<String> {
    static final int PAGE_SIZE = 100;

    private final List<String> all;
    private int pageStart;

    NamePager(List<String> all) {
        this.all = List.copyOf(all);
    }

    @Override
    public boolean isEmpty() {
        return all.isEmpty();
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < all.size();
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return all.get(next++);
            }
        };
    }

    @Override
    public List<String> getCurrentPage() {
        return new ArrayList<>(all.subList(pageStart, Math.min(all.size(), pageStart + PAGE_SIZE)));
    }

    @Override
    public void nextPage() {
        if (!onLastPage()) {
            pageStart += PAGE_SIZE;
        }
    }

    @Override
    public boolean onLastPage() {
        return pageStart + PAGE_SIZE >= all.size();
    }
}
