package org.b2b.customers.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyDetails;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.TaxId;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.user.UserId;
import org.junit.jupiter.api.Test;

class CompanyScopeTest {

    @Test
    void the_scope_names_the_company_and_its_sales_representative() {
        Company company = Company.create(CompanyId.random(), new CompanyDetails("Acme GmbH", new TaxId("DE136695976"),
                CustomerGroupId.random(), UserId.random(), Optional.empty()), Instant.parse("2025-03-01T09:00:00Z"));

        CompanyScope scope = CompanyScope.of(company);

        assertThat(scope.companyId()).isEqualTo(company.id());
        assertThat(scope.salesRepresentativeId()).isEqualTo(company.details().salesRepresentativeId());
    }
}
