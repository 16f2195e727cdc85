package app.journal.adapter.persistence.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that counts what reaches PostgreSQL: statements executed and commits (an explicit
 * {@code commit()}, or a statement run in autocommit, which PostgreSQL commits on its own).
 */
public final class CountingDataSource {

    private final DataSource target;
    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger commits = new AtomicInteger();

    public CountingDataSource(DataSource target) {
        this.target = target;
    }

    public DataSource dataSource() {
        return proxy(DataSource.class, target, (ds, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection c ? connection(c) : result;
        });
    }

    public int statements() {
        return statements.get();
    }

    public int commits() {
        return commits.get();
    }

    public void reset() {
        statements.set(0);
        commits.set(0);
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (c, method, args) -> {
            if (method.getName().equals("commit")) {
                commits.incrementAndGet();
            }
            Object result = invoke(connection, method, args);
            return result instanceof Statement s ? statement(s, connection, method.getReturnType()) : result;
        });
    }

    private Statement statement(Statement statement, Connection connection, Class<?> type) {
        InvocationHandler handler = (s, method, args) -> {
            if (method.getName().startsWith("execute")) {
                statements.incrementAndGet();
                if (connection.getAutoCommit()) {
                    commits.incrementAndGet();
                }
            }
            return invoke(statement, method, args);
        };
        return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
