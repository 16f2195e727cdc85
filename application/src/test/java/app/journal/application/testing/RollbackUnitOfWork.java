package app.journal.application.testing;

import app.journal.application.port.out.UnitOfWork;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A unit of work that rolls the in-memory stores it is given back when the work throws, as a transaction would:
 * when the outermost unit opens it copies each store's maps and lists (their rows are immutable records; a map of
 * maps is copied one level down), and when that unit ends in an exception it puts the copies back. A unit opened
 * inside another joins it. So a test can make the last write of a use case fail and see whether the earlier ones
 * were inside the same unit: what was written outside it stays.
 */
public final class RollbackUnitOfWork implements UnitOfWork {

    private final List<Object> stores;
    private int depth;
    private int opened;
    private int rolledBack;
    private List<Runnable> restore = List.of();

    public RollbackUnitOfWork(Object... stores) {
        this.stores = List.of(stores);
    }

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        if (depth == 0) {
            opened++;
            restore = snapshot();
        }
        depth++;
        boolean failed = true;
        try {
            T result = work.get();
            failed = false;
            return result;
        } finally {
            depth--;
            if (depth == 0 && failed) {
                rolledBack++;
                restore.forEach(Runnable::run);
            }
        }
    }

    public synchronized int opened() {
        return opened;
    }

    public synchronized int rolledBack() {
        return rolledBack;
    }

    private List<Runnable> snapshot() {
        var restores = new ArrayList<Runnable>();
        for (var store : stores) {
            for (Field field : store.getClass().getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object value;
                try {
                    value = field.get(store);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (value instanceof Map<?, ?> map) {
                    var copy = copy(map);
                    restores.add(() -> restore(map, copy));
                } else if (value instanceof ArrayList<?> list) {
                    var copy = List.copyOf(list);
                    restores.add(() -> restore(list, copy));
                }
            }
        }
        return restores;
    }

    private static Map<Object, Object> copy(Map<?, ?> map) {
        var copy = new LinkedHashMap<Object, Object>();
        map.forEach((key, value) -> copy.put(key, value instanceof Map<?, ?> inner ? new LinkedHashMap<>(inner) : value));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static void restore(Map<?, ?> target, Map<Object, Object> copy) {
        var map = (Map<Object, Object>) target;
        map.clear();
        copy.forEach((key, value) -> map.put(key, value instanceof Map<?, ?> inner ? new LinkedHashMap<>(inner) : value));
    }

    @SuppressWarnings("unchecked")
    private static void restore(Collection<?> target, List<?> copy) {
        var list = (Collection<Object>) target;
        list.clear();
        list.addAll(copy);
    }
}
