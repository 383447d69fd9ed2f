package org.b2b.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.junit.jupiter.api.Test;

/** The README's in-memory example, kept true. */
class ReadmeExampleTest {

    @Test
    void the_readme_example_runs_as_written() {
        InMemorySystem system = InMemorySystem.start();
        Actor admin = system.administrator();
        UserView rep = system.testData().salesRepresentative();

        CompanyView company = system.useCases().companies().create()
                .create(admin, system.testData().newCompany("Acme Industrial", rep));

        system.clock().advance(Duration.ofDays(8));
        List<OutboundMessage> mail = system.outbox().messages();

        assertThat(company.name()).isEqualTo("Acme Industrial");
        assertThat(system.clock().instant()).isEqualTo(InMemorySystem.DEFAULT_START.plus(Duration.ofDays(8)));
        assertThat(mail).isEmpty();
    }
}
