package org.b2b.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.CreateCompanyCommand;
import org.b2b.customers.application.address.AddressInput;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.passwordscreen.ZxcvbnPasswordScreen;
import org.junit.jupiter.api.Test;

/** The README's examples, kept true: each runs here, and the README shows these very lines. */
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

    @Test
    void the_readme_embedding_example_runs_as_written() throws IOException {
        InMemorySystem system = InMemorySystem.start();
        DrivenPorts ports = system.ports();
        Settings settings = system.settings();
        Validator validator = TestSystem.validator();
        Actor actor = system.administrator();
        String groupId = system.testData().customerGroup().id().toString();
        String salesRepresentativeId = system.testData().salesRepresentative().id().toString();
        AddressInput billingAddress = system.testData().billingAddress();

        CustomerManagement customers = new CustomerManagement(ports, settings, validator, new ZxcvbnPasswordScreen());
        CompanyView company = customers.companies().create().create(actor, new CreateCompanyCommand(
                "Acme Industrial", "DE123456788", groupId, salesRepresentativeId, "https://acme.example", billingAddress));

        assertThat(company.name()).isEqualTo("Acme Industrial");
        assertThat(Files.readString(Path.of("..", "README.md"))).contains("""
                CustomerManagement customers = new CustomerManagement(ports, settings, validator, new ZxcvbnPasswordScreen());
                CompanyView company = customers.companies().create().create(actor, new CreateCompanyCommand(
                        "Acme Industrial", "DE123456788", groupId, salesRepresentativeId, "https://acme.example", billingAddress));
                """);
    }
}
