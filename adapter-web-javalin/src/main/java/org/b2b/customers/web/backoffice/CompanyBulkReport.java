package org.b2b.customers.web.backoffice;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.b2b.customers.application.company.CompanyChangeResult;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.web.page.FormError;
import org.b2b.customers.web.page.FormErrors;
import org.b2b.customers.web.page.Messages;
import org.b2b.customers.web.page.Paths;
import org.b2b.customers.web.page.Refusal;

/** What a bulk action did, company by company, in the user's language, and the list to go back to. */
public record CompanyBulkReport(String action, List<Line> lines, String back) {

    public CompanyBulkReport {
        lines = List.copyOf(lines);
    }

    /**
     * One company: its name and page where the user may see it, the outcome ({@code changed}, {@code unchanged} or
     * {@code refused}) and, for a refusal, why.
     */
    public record Line(Optional<String> name, Optional<String> link, String outcome, String reason) {}

    static CompanyBulkReport of(Messages m, String action, List<CompanyChangeResult> results, String back) {
        return new CompanyBulkReport(action, results.stream().map(result -> new Line(result.name(),
                result.name().map(n -> Paths.company(result.companyId())),
                result.outcome().name().toLowerCase(Locale.ROOT),
                result.refusal().map(e -> reason(m, e)).orElse(""))).toList(), back);
    }

    public long count(String outcome) {
        return lines.stream().filter(line -> line.outcome().equals(outcome)).count();
    }

    /** Why a company was refused, in the user's words where the refusal has any, else in the domain's. */
    private static String reason(Messages m, DomainException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> m.text("bulk.refusal.notFound");
            case FORBIDDEN -> m.text("bulk.refusal.forbidden");
            case INVALID -> e instanceof InvalidInputException invalid ? FormErrors.of(m, invalid.errors()).stream()
                    .map(FormError::message).collect(Collectors.joining("; ")) : e.getMessage();
            default -> {
                Refusal refusal = Refusal.of(m, e);
                yield m.text(refusal.key(), refusal.detail());
            }
        };
    }
}
