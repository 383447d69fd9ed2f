package org.b2b.customers.persistence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;

/**
 * Turns a violated unique or foreign-key constraint into the error the domain gives for it, by the constraint's
 * name: PostgreSQL reports it in a structured field, H2 first thing inside the quotes of its message
 * ({@code "public.users_email_unique INDEX …"} or {@code "companies_contact_person_fk: …"}).
 */
final class Constraints {

    private static final Pattern H2_NAME = Pattern.compile("\"(?:[^\"\\s:.]+\\.)?([^\"\\s:.]+)[\\s:]");

    private Constraints() {}

    /** The domain's error for the violated constraint, or the failure itself when it is not one of those named. */
    static RuntimeException translate(DataAccessException failure, Map<String, Supplier<RuntimeException>> meanings) {
        return violated(failure).map(meanings::get).map(Supplier::get).orElse(failure);
    }

    static Optional<String> violated(DataAccessException failure) {
        List<SQLException> chain = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            for (SQLException e = t instanceof SQLException sql ? sql : null; e != null; e = e.getNextException()) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    chain.add(e);
                }
            }
        }
        return chain.stream().filter(e -> e instanceof PSQLException p && p.getServerErrorMessage() != null)
                .findFirst().or(() -> chain.stream().findFirst())
                .flatMap(Constraints::nameIn);
    }

    private static Optional<String> nameIn(SQLException e) {
        if (e instanceof PSQLException postgres && postgres.getServerErrorMessage() != null) {
            return Optional.ofNullable(postgres.getServerErrorMessage().getConstraint());
        }
        Matcher m = H2_NAME.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
