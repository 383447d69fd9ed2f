package org.b2b.customers.domain.company;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.shared.PlainText;
import org.b2b.customers.domain.user.UserId;

/** What staff enter about a company: the four required facts of the seed and the optional website. */
public record CompanyDetails(
        String name,
        TaxId taxId,
        CustomerGroupId customerGroupId,
        UserId salesRepresentativeId,
        Optional<Website> website) {

    public static final int MAX_NAME_LENGTH = 200;

    public CompanyDetails {
        name = PlainText.require("name", name, MAX_NAME_LENGTH);
        requireNonNull(taxId, "taxId");
        requireNonNull(customerGroupId, "customerGroupId");
        requireNonNull(salesRepresentativeId, "salesRepresentativeId");
        requireNonNull(website, "website");
    }

    /** The name as search and sorting compare it: case-folded. */
    public String nameKey() {
        return name.toLowerCase(Locale.ROOT);
    }
}
