package org.b2b.customers.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.testkit.TestSystem;
import org.b2b.customers.testkit.contract.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a request costs in round trips to the database: one statement finds the bearer token with its user and all
 * that decides their access, and a read of a company with its billing address is one more, with no begin or commit.
 */
abstract class CallerRoundTripsContract {

    private TestSystem system;
    private String token;
    private CompanyView company;

    abstract TestDatabase database();

    @BeforeEach
    void signIn() {
        system = TestSystem.on(database()::ports, database()::outboxMessages);
        company = system.testData().company("Round Trips", system.testData().salesRepresentative());
        token = system.useCases().users().issueToken()
                .issue(new AuthenticateCommand(TestSystem.ADMIN_EMAIL, TestSystem.ADMIN_PASSWORD)).token();
        system.useCases().companies().get().get(resolve(), company.id()); // the roles are then known in memory
    }

    @Test
    void a_bearer_token_is_resolved_with_its_user_and_access_in_one_statement() {
        assertThat(database().roundTripsOf(this::resolve)).isEqualTo(1);
    }

    @Test
    void a_company_is_read_for_a_resolved_actor_in_one_statement() {
        Actor actor = resolve();

        assertThat(database().roundTripsOf(() -> assertThat(system.useCases().companies().get().get(actor,
                company.id())).isEqualTo(company))).isEqualTo(1);
    }

    @Test
    void an_actor_known_by_id_alone_costs_one_statement_more() {
        Actor actor = Actor.of(resolve().userId());

        assertThat(database().roundTripsOf(() -> system.useCases().companies().get().get(actor, company.id())))
                .isEqualTo(2);
    }

    @Test
    void a_company_the_caller_may_not_see_is_refused_after_the_same_single_read() {
        Actor actor = resolve();

        assertThat(database().roundTripsOf(() -> assertThatThrownBy(() -> system.useCases().companies().get()
                .get(actor, new CompanyId(Fixtures.id()))).isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.errorCode()).isEqualTo(CompanyErrorCode.NOT_FOUND)))).isEqualTo(1);
    }

    @Test
    void the_use_of_a_token_is_written_once_a_minute_not_on_every_request() {
        system.clock().advance(Duration.ofSeconds(59));
        assertThat(database().roundTripsOf(this::resolve)).isEqualTo(1);

        system.clock().advance(Duration.ofSeconds(1));
        assertThat(database().roundTripsOf(this::resolve)).isEqualTo(2);
        assertThat(database().roundTripsOf(this::resolve)).isEqualTo(1);
    }

    @Test
    void access_read_with_a_token_stands_for_a_request_only() {
        Actor actor = resolve();
        system.clock().advance(Duration.ofMinutes(1));

        assertThat(database().roundTripsOf(() -> system.useCases().companies().get().get(actor, company.id())))
                .isEqualTo(2);
    }

    private Actor resolve() {
        return system.useCases().users().resolveToken().resolve(token);
    }
}
