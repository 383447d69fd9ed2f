package org.b2b.customers.testkit.usecase;

import java.util.List;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.address.AddAddressCommand;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.CreateCompanyCommand;
import org.b2b.customers.application.company.UpdateCompanyCommand;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.member.RemoveMemberCommand;
import org.b2b.customers.application.member.UpdateMemberCommand;
import org.b2b.customers.application.role.CreateRoleCommand;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.b2b.customers.application.user.CreateUserCommand;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.order.OrderId;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;

/**
 * A fresh system for one cell of the authorization matrix: the company acted on, with everything inside it that an
 * operation names, and the subject of the cell, all made through the use cases as an administrator would make them.
 */
final class AuthorizationFixture {

    /** Who acts. The order is the order of the letters in the matrix's expectations. */
    enum Subject {
        ADMINISTRATOR("administrator"),
        REPRESENTATIVE("sales_representative of the company"),
        OTHER_REPRESENTATIVE("sales_representative of other companies"),
        COMPANY_ADMIN("company_admin"),
        COMPANY_BUYER("company_buyer"),
        OTHER_COMPANY_ADMIN("company_admin of another company"),
        POOL_USER("pool user"),
        DISABLED_MEMBER("disabled company_admin"),
        DEACTIVATED_MEMBER("company_admin of a deactivated company");

        private final String label;

        Subject(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * What an operation names: a company with a buyer who is not its contact person, a pending invitation, a
     * shipping address that is not the default and an order; and, the same for every company, a pool user to add,
     * a customer group, a staff role without policies and a new company represented by the company's
     * representative.
     */
    record Target(CompanyId companyId, MemberId memberId, InvitationId invitationId, AddressId addressId,
            OrderId orderId, UserId poolUserId, CustomerGroupId customerGroupId, RoleIdentifier customRole,
            CreateCompanyCommand newCompany) {}

    /** How a member who logged in loses the right to sign in; the order is that of the columns of the 401 cells. */
    enum LostRight {
        DISABLED("disabled company_admin"),
        REMOVED("removed company_admin"),
        DEACTIVATED("company_admin of a deactivated company");

        private final String label;

        LostRight(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Someone acting, and the company they act on. */
    record Act(Actor actor, Target target) {}

    static final RoleIdentifier NO_POLICIES = new RoleIdentifier("no_policies");

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Actor admin = system.administrator();
    private final UserView representative = data.salesRepresentative();
    private final UserView otherRepresentative = data.salesRepresentative();
    private final CompanyView company = data.company("Target Industrial", representative);
    private final UserId poolUser = data.poolUser().id();
    private final CustomerGroupId group = data.customerGroup().id();
    private final CreateCompanyCommand newCompany = data.newCompany("Newcomer Works", representative);
    private final Target target;

    AuthorizationFixture() {
        useCases.roles().create().create(admin, new CreateRoleCommand(NO_POLICIES.value(), "No policies", "STAFF",
                List.of()));
        target = inside(company);
    }

    CustomerManagement useCases() {
        return useCases;
    }

    /**
     * The subject, made now, and the company they act on: a member of a deactivated company acts on that company,
     * everyone else on the target company. Only the subject a cell needs is made, which keeps a cell fast.
     */
    Act as(Subject subject) {
        return switch (subject) {
            case ADMINISTRATOR -> new Act(admin, target);
            case REPRESENTATIVE -> new Act(data.actor(representative), target);
            case OTHER_REPRESENTATIVE -> new Act(data.actor(otherRepresentative), target);
            case COMPANY_ADMIN -> new Act(data.actor(data.member(company, "company_admin")), target);
            case COMPANY_BUYER -> new Act(data.actor(data.member(company, "company_buyer")), target);
            case OTHER_COMPANY_ADMIN -> new Act(data.actor(data.member(data.company("Other Trading",
                    otherRepresentative), "company_admin")), target);
            case POOL_USER -> new Act(data.actor(data.poolUser()), target);
            case DISABLED_MEMBER -> {
                MemberView disabled = data.member(company, "company_admin");
                useCases.members().update().update(admin,
                        UpdateMemberCommand.of(company.id(), disabled.id()).withStatus("DISABLED"));
                yield new Act(data.actor(disabled), target);
            }
            case DEACTIVATED_MEMBER -> {
                CompanyView dormant = data.company("Dormant Supplies", representative);
                Target inDormant = inside(dormant);
                MemberView member = data.member(dormant, "company_admin");
                useCases.companies().update().update(admin, UpdateCompanyCommand.of(dormant.id()).withStatus("DEACTIVATED"));
                yield new Act(data.actor(member), inDormant);
            }
        };
    }

    /** The company everyone but a member of a deactivated company acts on, with what operations name in it. */
    Target target() {
        return target;
    }

    /**
     * The bearer token of a company_admin of the target company who logged in while they could and then lost the
     * right to sign in, through the use case an administrator uses.
     */
    String tokenAfter(LostRight lost) {
        MemberView member = data.member(company, "company_admin");
        String token = useCases.users().issueToken().issue(new AuthenticateCommand(member.email(), TestData.PASSWORD))
                .token();
        switch (lost) {
            case DISABLED -> useCases.members().update().update(admin,
                    UpdateMemberCommand.of(company.id(), member.id()).withStatus("DISABLED"));
            case REMOVED -> useCases.members().remove().remove(admin, RemoveMemberCommand.of(company.id(), member.id()));
            case DEACTIVATED -> useCases.companies().update().update(admin,
                    UpdateCompanyCommand.of(company.id()).withStatus("DEACTIVATED"));
        }
        return token;
    }

    /** A staff user whose only role grants nothing, acting on the target company. */
    Act asStaffWithoutPolicies() {
        return new Act(data.actor(useCases.users().create().create(admin, new CreateUserCommand("nobody@seller.example",
                "No", "Policies", null, "STAFF", List.of(NO_POLICIES.value()), TestData.PASSWORD))), target);
    }

    private Target inside(CompanyView company) {
        MemberView buyer = data.member(company, "company_buyer");
        InvitationId invitation = useCases.invitations().invite().invite(admin, InviteMembersCommand.of(company.id(),
                new Invitee(company.taxId().toLowerCase() + "@invited.example", "company_buyer")))
                .results().get(0).invitationId().orElseThrow();
        addShippingAddress(company, "Hamburg");
        AddressId address = addShippingAddress(company, "Bremen");
        OrderId order = data.order(company.id(), "SO-0001", "99.90", "EUR").id();
        return new Target(company.id(), buyer.id(), invitation, address, order, poolUser, group, NO_POLICIES,
                newCompany);
    }

    private AddressId addShippingAddress(CompanyView company, String city) {
        return useCases.addresses().add().add(admin,
                new AddAddressCommand(company.id(), "SHIPPING", data.shippingAddress(city), false)).id();
    }
}
