package org.lingong.core.tenancy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.lingong.common.tenant.TenantCode;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The one place where a connection's schema follows the tenant: every statement runs in the schema of the
 * {@link TenantContext} current when it is prepared — the city's {@code t_<code>}, or {@code platform} outside any city.
 * So plain JDBC writes unqualified SQL, like Hibernate, and a connection handed out anywhere (JPA, JdbcClient, a
 * transaction template) switches only when the context differs from its schema: one {@code SET search_path} round trip,
 * none while it stays in one city. Platform tables are always written {@code platform.<table>}.
 * <p>
 * A platform operation may open a city's context inside its own transaction (to audit into the city's trail
 * atomically): its statements switch to the city and back. What such a transaction's Hibernate session does meanwhile
 * is safe because platform entities name their schema. Switching from one city to another inside a transaction is
 * refused: one transaction never writes two cities.
 * <p>
 * The pool resets the schema to {@code platform} when a connection returns (Hikari tracks {@link Connection#setSchema});
 * a rollback may undo a switch made inside the transaction, so after one the next statement sets the schema again.
 */
final class TenantSchemas extends DelegatingDataSource {

    static final String PLATFORM = "platform";

    private static final Set<String> PREPARING = Set.of("createStatement", "prepareStatement", "prepareCall");

    /** The schema a pooled connection has when it is handed out, or null when the pool does not promise one. */
    private final String pooledSchema;

    TenantSchemas(DataSource pool, String pooledSchema) {
        super(pool);
        this.pooledSchema = pooledSchema;
    }

    static String schemaOfCurrentTenant() {
        return TenantContext.current().map(TenantCode::schema).orElse(PLATFORM);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return following(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return following(super.getConnection(username, password));
    }

    private Connection following(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                new Following(connection, pooledSchema));
    }

    private static final class Following implements InvocationHandler {

        private final Connection target;
        /** The schema the session is known to have; null when unknown. */
        private String schema;

        Following(Connection target, String schema) {
            this.target = target;
            this.schema = schema;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            String name = method.getName();
            if (PREPARING.contains(name)) {
                follow();
            }
            switch (name) {
                case "equals":
                    return proxy == arguments[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "tenant-following " + target;
                case "setSchema":
                    schema = null;
                    break;
                default:
                    break;
            }
            try {
                Object result = method.invoke(target, arguments);
                if ("setSchema".equals(name)) {
                    schema = (String) arguments[0];
                } else if ("rollback".equals(name)) {
                    // A SET inside the transaction is undone with it.
                    schema = null;
                }
                return result;
            } catch (InvocationTargetException e) {
                throw e.getTargetException();
            }
        }

        private void follow() throws SQLException {
            String wanted = schemaOfCurrentTenant();
            if (wanted.equals(schema)) {
                return;
            }
            if (schema != null && !PLATFORM.equals(schema) && !PLATFORM.equals(wanted) && !target.getAutoCommit()) {
                throw new IllegalStateException("one transaction cannot work in two cities: " + schema + ", " + wanted);
            }
            schema = null;
            target.setSchema(wanted);
            schema = wanted;
        }
    }
}
