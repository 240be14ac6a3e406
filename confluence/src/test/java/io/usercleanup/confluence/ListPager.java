package io.usercleanup.confluence;

import com.atlassian.user.search.page.Pager;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** A pager over a list that hands out pages of a fixed size and counts the pages it loaded. */
final class ListPager implements Pager<String> {
    private final List<String> items;
    private final int pageSize;
    private int pageStart;
    int pagesLoaded = 1;

    ListPager(List<String> items, int pageSize) {
        this.items = List.copyOf(items);
        this.pageSize = pageSize;
    }

    @Override
    public boolean isEmpty() {
        return items.isEmpty();
    }

    @Override
    public List<String> getCurrentPage() {
        return new ArrayList<>(items.subList(pageStart, Math.min(items.size(), pageStart + pageSize)));
    }

    @Override
    public void nextPage() {
        pageStart += pageSize;
        pagesLoaded++;
    }

    @Override
    public boolean onLastPage() {
        return pageStart + pageSize >= items.size();
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return index < items.size();
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (index >= pageStart + pageSize) {
                    nextPage();
                }
                return items.get(index++);
            }
        };
    }
}
