package org.b2b.customers.web.backoffice;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.company.CompanyDirectory;
import org.b2b.customers.application.company.CompanyRow;
import org.b2b.customers.application.company.CompanyUseCases;
import org.b2b.customers.web.page.Messages;
import org.b2b.customers.web.page.SignedInPage.Request;

/**
 * Every company that matches the list's filters, in its sort, as a CSV file with the list's columns and names in
 * the user's language. It is read page by page from the directory and written as it comes, up to
 * {@link CompanyList#EXPORT_CAP}.
 * Excel opens it as UTF-8 for its byte order mark, and runs no formula from it: a cell that a spreadsheet would read
 * as one starts with an apostrophe.
 */
final class CompanyExport {

    private static final CsvMapper CSV = CsvMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    private final CompanyUseCases companies;

    CompanyExport(CompanyUseCases companies) {
        this.companies = companies;
    }

    void export(Request request) throws IOException {
        Context ctx = request.ctx();
        Actor actor = request.session().actor();
        Map<String, String> filters = CompanyListPages.filtersOf(ctx::queryParam);
        // The first page is read before anything is sent, so that filters it refuses still get a page saying so.
        CompanyDirectory page = companies.browse().browse(actor, CompanyListPages.queryOf(filters,
                PageRequest.MAX_LIMIT, Optional.empty()));
        ctx.header("Content-Disposition", "attachment; filename=\"companies.csv\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .contentType("text/csv; charset=utf-8");
        Messages m = request.m();
        Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        try (SequenceWriter rows = CSV.writerFor(List.class).with(CsvSchema.emptySchema()).writeValues(out)) {
            rows.write(List.of(m.text("field.name"), m.text("field.taxId"), m.text("field.customerGroupId"),
                    m.text("field.salesRepresentativeId"), m.text("companies.contactPerson"),
                    m.text("companies.status"), m.text("companies.members"), m.text("companies.country")));
            int written = 0;
            while (true) {
                for (CompanyRow row : page.rows()) {
                    if (written++ == CompanyList.EXPORT_CAP) {
                        return;
                    }
                    rows.write(List.of(SpreadsheetCell.of(row.name()), SpreadsheetCell.of(row.taxId()),
                            SpreadsheetCell.of(row.customerGroupName()),
                            SpreadsheetCell.of(row.salesRepresentativeName()),
                            SpreadsheetCell.of(row.contactPersonName().orElse("")),
                            m.text("company.status." + row.status().name()), String.valueOf(row.members()),
                            row.country().map(m::country).orElse("")));
                }
                if (page.nextCursor().isEmpty()) {
                    return;
                }
                page = companies.browse().browse(actor, CompanyListPages.queryOf(filters, PageRequest.MAX_LIMIT,
                        page.nextCursor()));
            }
        } finally {
            out.flush();
        }
    }
}
