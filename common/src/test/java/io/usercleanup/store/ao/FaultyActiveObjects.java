package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link ActiveObjects} that slips a row the database must reject into the middle of every bulk
 * insert into one table, so that the database itself fails halfway through a batch.
 */
final class FaultyActiveObjects {

    private FaultyActiveObjects() {
    }

    static ActiveObjects rejectingMidBatch(ActiveObjects real, Class<?> table, String column, Object tooLong) {
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    if (method.getName().equals("create") && args.length == 2 && args[0] == table
                            && args[1] instanceof List<?> rows && !rows.isEmpty()) {
                        args = new Object[] {table, withBadRowInTheMiddle(rows, column, tooLong)};
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> withBadRowInTheMiddle(List<?> rows, String column, Object tooLong) {
        List<Map<String, Object>> changed = new ArrayList<>((List<Map<String, Object>>) rows);
        Map<String, Object> bad = new HashMap<>(changed.get(0));
        bad.put(column, tooLong);
        changed.add(changed.size() / 2, bad);
        return changed;
    }
}
