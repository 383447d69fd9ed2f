package org.b2b.customers.persistence.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, gives the columns that lists sort by and that prefix search reads the "C" collation: only then
 * can a plain index serve {@code LIKE 'abc%'}, and the order is the code-point order that H2 and Java use, whatever
 * the server's locale. H2 has no column collations and needs nothing, so this step does nothing there.
 */
public final class V2__Text_keys_in_code_point_order extends BaseJavaMigration {

    private static final String[] COLUMNS = {
        "companies alter column name_key type varchar(400)",
        "companies alter column tax_id type varchar(40)",
        "users alter column email type varchar(254)",
        "users alter column first_name_key type varchar(200)",
        "users alter column last_name_key type varchar(200)",
        "customer_groups alter column name type varchar(100)",
        "customer_groups alter column identifier type varchar(64)",
    };

    @Override
    public void migrate(Context context) throws Exception {
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            for (String column : COLUMNS) {
                statement.execute("alter table " + column + " collate \"C\"");
            }
        }
    }
}
