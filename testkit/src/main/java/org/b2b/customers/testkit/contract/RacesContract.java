package org.b2b.customers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.EmailAddress;
import org.junit.jupiter.api.Test;

/** What the stores guard when writers race: the invariants hold, and every loser gets the domain's conflict. */
public abstract class RacesContract extends PortContract {

    @Test
    public void of_twenty_racing_invitations_of_one_email_to_one_company_exactly_one_is_stored() throws Exception {
        Company company = given().company();
        EmailAddress email = Fixtures.email("raced");
        List<Invitation> invitations = IntStream.range(0, 20)
                .mapToObj(i -> given().invitation(company, email, Fixtures.T0)).toList();

        List<Object> outcomes = Race.run(invitations.stream()
                .<Callable<?>>map(i -> () -> inTransaction(() -> ports().invitations().add(i))).toList());

        assertThat(outcomes).filteredOn(Invitation.class::isInstance).hasSize(1);
        assertThat(codes(outcomes)).hasSize(19).containsOnly("invitation.already_open");
        assertThat(inTransaction(() -> ports().invitations().listWithSenders(company.id(), Optional.empty(),
                Fixtures.T0, Optional.empty(), 50)).items()).hasSize(1);
    }

    @Test
    public void of_two_racing_batches_that_share_people_in_the_same_order_one_is_stored_whole_and_the_other_not_at_all()
            throws Exception {
        for (int round = 0; round < 5; round++) {
            Company company = given().company();
            List<EmailAddress> shared = List.of(Fixtures.email("shared-a"), Fixtures.email("shared-b"));
            List<List<Invitation>> batches = IntStream.range(0, 2).mapToObj(contender -> {
                List<Invitation> batch = new ArrayList<>();
                shared.forEach(email -> batch.add(given().invitation(company, email, Fixtures.T0)));
                batch.add(given().invitation(company, Fixtures.email("own-" + contender), Fixtures.T0));
                batch.sort(Comparator.comparing(i -> i.email().value()));
                return batch;
            }).toList();

            List<Object> outcomes = Race.run(batches.stream().<Callable<?>>map(batch -> () -> {
                inTransaction(() -> ports().invitations().addAll(batch));
                return batch;
            }).toList());

            assertThat(codes(outcomes)).containsExactly("invitation.already_open");
            List<Invitation> stored = inTransaction(() -> ports().invitations().listWithSenders(company.id(),
                    Optional.empty(), Fixtures.T0, Optional.empty(), 50)).items().stream()
                    .map(Invitations.WithSender::invitation).toList();
            assertThat(stored).extracting(Invitation::id).containsExactlyInAnyOrderElementsOf(outcomes.stream()
                    .filter(List.class::isInstance).flatMap(batch -> ((List<?>) batch).stream())
                    .map(i -> ((Invitation) i).id()).toList());
        }
    }

    @Test
    public void of_two_racing_edits_from_one_version_one_is_refused() throws Exception {
        Company company = given().company();

        List<Object> outcomes = Race.run(List.of(
                () -> inTransaction(() -> ports().companies().update(company.deactivate(Fixtures.T0.plusSeconds(1)))),
                () -> inTransaction(() -> ports().companies().update(company.withDetails(company.details(),
                        Fixtures.T0.plusSeconds(2))))));

        assertThat(outcomes).filteredOn(Company.class::isInstance).hasSize(1);
        assertThat(codes(outcomes)).containsExactly("company.stale_version");
        assertThat(inTransaction(() -> ports().companies().find(company.id())).orElseThrow().version())
                .isEqualTo(company.version() + 1);
    }

    @Test
    public void a_member_removed_while_being_made_contact_person_leaves_the_contact_person_a_member() throws Exception {
        for (int round = 0; round < 10; round++) {
            Company company = given().company();
            Member member = given().member(company);

            List<Object> outcomes = Race.run(List.of(
                    () -> inTransaction(() -> ports().companies().update(member.appointContactPerson(company, Fixtures.T0))),
                    () -> {
                        inTransaction(() -> ports().members().remove(member.id()));
                        return member;
                    }));

            assertThat(codes(outcomes)).hasSize(1).first().isIn("contact_person.not_a_member", "contact_person.cannot_be_removed");
            Company after = inTransaction(() -> ports().companies().find(company.id())).orElseThrow();
            Optional<Member> contact = after.contactPerson().flatMap(id -> inTransaction(() -> ports().members().find(id)));
            assertThat(after.contactPerson().isPresent()).isEqualTo(contact.isPresent());
            contact.ifPresent(m -> assertThat(m.companyId()).isEqualTo(company.id()));
        }
    }

    private static List<String> codes(List<Object> outcomes) {
        assertThat(outcomes).noneMatch(o -> o instanceof RuntimeException && !(o instanceof DomainException));
        return outcomes.stream().filter(DomainException.class::isInstance).map(o -> ((DomainException) o).code()).toList();
    }
}
