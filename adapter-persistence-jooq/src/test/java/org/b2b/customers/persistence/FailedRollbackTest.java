package org.b2b.customers.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.shared.DomainException;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A use case refused on a connection whose rollback fails: the caller learns of both, and nothing is kept. */
class FailedRollbackTest {

    private final SQLException rollbackFailure = new SQLException("the rollback is refused by the test", "XX000");
    private HikariDataSource pool;
    private JooqTransactions transactions;

    @BeforeEach
    void open() {
        HikariConfig config = new HikariConfig();
        config.setDataSource(rollbackFailing("jdbc:h2:mem:failed_rollback_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        config.setMaximumPoolSize(1);
        pool = new HikariDataSource(config);
        transactions = new JooqTransactions(pool, SQLDialect.H2, new Settings());
        transactions.inTransaction(() -> transactions.dsl().execute("create table kept (id int)"));
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void the_rollback_failure_is_thrown_with_the_refusal_suppressed_in_it() {
        DomainException refusal = DomainException.notFound(CompanyErrorCode.NOT_FOUND);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            throw refusal;
        })).isInstanceOf(DataAccessException.class).hasRootCause(rollbackFailure)
                .satisfies(failure -> assertThat(failure.getSuppressed()).containsExactly(refusal));
    }

    @Test
    void what_the_refused_work_wrote_is_not_committed_by_the_next_transaction_on_its_connection() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            transactions.dsl().execute("insert into kept values (1)");
            throw DomainException.notFound(CompanyErrorCode.NOT_FOUND);
        })).hasRootCause(rollbackFailure);

        assertThat(transactions.inTransaction(() -> transactions.dsl().fetchCount(transactions.dsl()
                .selectFrom("kept")))).isZero();
    }

    /** Connections to the database, each failing to roll back; every other call goes through. */
    private DataSource rollbackFailing(String url) {
        return (DataSource) Proxy.newProxyInstance(FailedRollbackTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (source, method, arguments) -> switch (method.getName()) {
                    case "getConnection" -> rollbackFailing(DriverManager.getConnection(url));
                    case "getLoginTimeout", "hashCode" -> 0;
                    case "isWrapperFor", "equals" -> false;
                    case "toString" -> "rollback-failing " + url;
                    default -> null;
                });
    }

    private Connection rollbackFailing(Connection connection) {
        return (Connection) Proxy.newProxyInstance(FailedRollbackTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("rollback") && method.getParameterCount() == 0) {
                        throw rollbackFailure;
                    }
                    return call(connection, method, arguments);
                });
    }

    private static Object call(Connection connection, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(connection, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
