package org.b2b.customers.testkit;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.address.AddressInput;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.CreateCompanyCommand;
import org.b2b.customers.application.group.CreateCustomerGroupCommand;
import org.b2b.customers.application.group.CustomerGroupView;
import org.b2b.customers.application.member.AddMemberCommand;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.order.OrderView;
import org.b2b.customers.application.order.RecordOrderCommand;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.invitation.RegisterCommand;
import org.b2b.customers.application.invitation.Registration;
import org.b2b.customers.application.user.CreateUserCommand;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.company.CompanyId;

/**
 * Builders of valid test data, made through the use cases as the administrator, so that what a test starts from
 * is exactly what a user could have made. Every name, email and tax ID is unique within one system.
 */
public final class TestData {

    /** The password every user made here has. */
    public static final String PASSWORD = "a long enough test password";

    private final CustomerManagement useCases;
    private final Actor administrator;
    private final AtomicInteger sequence = new AtomicInteger();

    TestData(CustomerManagement useCases, Actor administrator) {
        this.useCases = useCases;
        this.administrator = administrator;
    }

    public CustomerGroupView customerGroup() {
        int n = sequence.incrementAndGet();
        return useCases.customerGroups().create().create(administrator,
                new CreateCustomerGroupCommand("group-" + n, "Group " + n, "-5"));
    }

    /** A staff user with the sales_representative role. */
    public UserView salesRepresentative() {
        return staff("sales_representative");
    }

    public UserView staff(String... roles) {
        int n = sequence.incrementAndGet();
        return useCases.users().create().create(administrator, new CreateUserCommand("staff" + n + "@seller.example",
                "Staff", "Member " + n, null, "STAFF", List.of(roles), PASSWORD));
    }

    /** A customer user in no company: part of the pool. */
    public UserView poolUser() {
        int n = sequence.incrementAndGet();
        return useCases.users().create().create(administrator, new CreateUserCommand("customer" + n + "@buyer.example",
                "Customer", "Person " + n, "+49 30 " + (1000000 + n), "CUSTOMER", List.of(), PASSWORD));
    }

    /** A valid German VAT number, different each time. */
    public String taxId() {
        return GermanVatNumbers.of(sequence.incrementAndGet());
    }

    public AddressInput billingAddress() {
        return new AddressInput("Accounts payable", "Hauptstraße 1", "10115", "Berlin", null, "DE",
                "invoices@buyer.example", "+49 30 1234567", null);
    }

    /** A command for a new company in a new customer group, represented by the given staff user. */
    public CreateCompanyCommand newCompany(String name, UserView salesRepresentative) {
        return new CreateCompanyCommand(name, taxId(), customerGroup().id().toString(),
                salesRepresentative.id().toString(), "https://" + name.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example",
                billingAddress());
    }

    /** A company created by the administrator, represented by the given staff user. */
    public CompanyView company(String name, UserView salesRepresentative) {
        return useCases.companies().create().create(administrator, newCompany(name, salesRepresentative));
    }

    public Actor actor(UserView user) {
        return Actor.of(user.id());
    }

    /** A new pool user added to the company with the given company role, as the administrator would. */
    public MemberView member(CompanyView company, String role) {
        return useCases.members().add().add(administrator,
                new AddMemberCommand(company.id(), poolUser().id().toString(), role));
    }

    public Actor actor(MemberView member) {
        return Actor.of(member.userId());
    }

    public AddressInput shippingAddress(String city) {
        return new AddressInput("Goods receiving", "Lagerweg " + sequence.incrementAndGet(), "20095", city, null,
                "DE", null, null, null);
    }

    /** An order placed now by nobody in particular, recorded by the administrator. */
    public OrderView order(CompanyId companyId, String number, String total, String currency) {
        return useCases.orders().record().record(administrator,
                new RecordOrderCommand(companyId, number, null, null, null, currency, total));
    }

    /**
     * A member of the company with the given role, who joined as people do: invited by the administrator and
     * registered through the link, with the password {@link #PASSWORD}.
     */
    public Registration invitedMember(CompanyView company, String role) {
        int n = sequence.incrementAndGet();
        var report = useCases.invitations().invite().invite(administrator,
                InviteMembersCommand.of(company.id(), new Invitee("member" + n + "@buyer.example", role)));
        var invitationId = report.results().get(0).invitationId().orElseThrow(() ->
                new IllegalStateException("not invited: " + report.results().get(0).outcome()));
        String link = useCases.invitations().registrationLink().link(administrator, company.id(), invitationId).url().toString();
        return useCases.invitations().register().register(new RegisterCommand(tokenOf(link), "Member", "Person " + n, PASSWORD));
    }

    /** The token of a registration link, its last path segment, as the registration page reads it. */
    public static String tokenOf(String registrationLink) {
        return registrationLink.substring(registrationLink.lastIndexOf('/') + 1);
    }

    /** Builders acting as the given administrator on any wiring, such as one on a database rather than in memory. */
    public static TestData of(CustomerManagement useCases, Actor administrator) {
        return new TestData(useCases, administrator);
    }
}
