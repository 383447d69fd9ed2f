package org.b2b.customers.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.testkit.TestSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A page of invitations names who sent each, and costs as many statements whoever and however many they are. */
class InvitationListStatementsTest {

    @RegisterExtension
    final TestDatabase database = TestDatabase.h2EachTest();

    @Test
    void the_senders_of_a_page_are_read_at_once_not_once_per_invitation_or_sender() {
        TestSystem system = TestSystem.on(database::ports, database::outboxMessages);
        Actor admin = system.administrator();
        UserView representative = system.testData().salesRepresentative();
        CompanyView few = system.testData().company("Few Invitations", representative);
        CompanyView many = system.testData().company("Many Invitations", representative);
        invite(system, admin, few, "one");
        invite(system, admin, many, "a");
        invite(system, system.testData().actor(representative), many, "b");
        invite(system, system.testData().actor(representative), many, "c");
        invite(system, system.testData().actor(system.testData().member(many, "company_admin")), many, "d");

        int forOne = statementsOf(() -> list(system, admin, few, 1));
        int forMany = statementsOf(() -> list(system, admin, many, 4));

        assertThat(forMany).isEqualTo(forOne);
    }

    private static void invite(TestSystem system, Actor actor, CompanyView company, String name) {
        system.useCases().invitations().invite().invite(actor, InviteMembersCommand.of(company.id(),
                new Invitee(name + "@invited.example", "company_buyer")));
    }

    /** Lists a company's invitations, all of them named after their sender. */
    private static void list(TestSystem system, Actor actor, CompanyView company, int expected) {
        assertThat(system.useCases().invitations().list().list(actor, ListInvitationsQuery.all(company.id())).items())
                .hasSize(expected).allSatisfy(view -> assertThat(view.invitedBy().name()).isPresent());
    }

    private int statementsOf(Runnable work) {
        work.run(); // the first call also reads the roles of the caller, which later calls keep
        return database.roundTripsOf(work);
    }
}
