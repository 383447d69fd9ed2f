package org.b2b.customers.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.b2b.customers.web.JsonMapping;

/**
 * The baseline of P2: a bare Javalin server with one handler, {@code GET /api/v1/companies/{id}}, that reads the
 * company row and its default billing address by plain JDBC in one statement (one round trip) and writes them in
 * the contract's JSON shape with the API's own mapper: no bearer token, no policies, no problem responses, no
 * request limits.
 */
final class RawCompanyServer implements AutoCloseable {

    private final Javalin app;

    RawCompanyServer(DataSource pool) {
        RawGetCompany raw = new RawGetCompany(pool);
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(JsonMapping.create(), false));
            config.routes.get("/api/v1/companies/{id}", ctx -> {
                RawGetCompany.Found found = raw.companyWithBillingAddress(UUID.fromString(ctx.pathParam("id")));
                Object[] company = found.company();
                ctx.header("ETag", "\"" + company[11] + "\"");
                ctx.json(new CompanyJson(text(company[0]), text(company[1]), text(company[3]), text(company[4]),
                        text(company[5]), text(company[6]), found.billingAddress().map(RawCompanyServer::address).orElse(null),
                        text(company[8]), text(company[7]), instant(company[9]), instant(company[10]),
                        ((Number) company[11]).longValue()));
            });
        });
    }

    /** Starts listening on a free port of 127.0.0.1; answers the port. */
    int start() {
        app.start("127.0.0.1", 0);
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static AddressJson address(Object[] row) {
        return new AddressJson(text(row[0]), text(row[3]), text(row[4]), text(row[5]), text(row[6]), text(row[7]),
                text(row[8]), text(row[9]), text(row[10]), text(row[11]), text(row[12]), Boolean.TRUE.equals(row[13]),
                ((Number) row[15]).longValue());
    }

    private static String text(Object column) {
        return column == null ? null : column.toString();
    }

    /** H2 reads {@code timestamp with time zone} as an offset date-time, PostgreSQL's driver as a timestamp. */
    private static Instant instant(Object column) {
        return column instanceof Timestamp timestamp ? timestamp.toInstant() : ((OffsetDateTime) column).toInstant();
    }

    /** The contract's company, field by field as the API writes it. */
    record CompanyJson(
            String id, String name, String taxId, String customerGroupId, String salesRepresentativeId, String website,
            AddressJson billingAddress, String contactPersonMemberId, String status, Instant createdAt,
            Instant updatedAt, long version) {}

    /** The contract's address. */
    record AddressJson(
            String id, String type, String name, String street, String postalCode, String city, String region,
            String country, String email, String phone, String taxId, @JsonProperty("isDefault") boolean isDefault,
            long version) {}
}
