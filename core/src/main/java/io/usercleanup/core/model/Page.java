package io.usercleanup.core.model;

import java.util.List;

/**
 * A page of a longer list.
 *
 * @param start the offset of the first item
 * @param limit the page size asked for
 * @param total the length of the whole list
 * @param items the items
 * @param <T>   the item type
 */
public record Page<T>(long start, int limit, long total, List<T> items) {
    public Page {
        items = List.copyOf(items);
    }
}
