package org.b2b.customers.testkit.usecase;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.access.ExplainPermissionQuery;
import org.b2b.customers.application.address.AddAddressCommand;
import org.b2b.customers.application.address.AddressInput;
import org.b2b.customers.application.address.ListAddressesQuery;
import org.b2b.customers.application.address.RemoveAddressCommand;
import org.b2b.customers.application.address.UpdateAddressCommand;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.BrowseCompaniesQuery;
import org.b2b.customers.application.company.ChangeCompaniesCommand;
import org.b2b.customers.application.company.CompanyChangeResult;
import org.b2b.customers.application.company.CompanyRow;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.ListCompaniesQuery;
import org.b2b.customers.application.company.UpdateCompanyCommand;
import org.b2b.customers.application.group.CreateCustomerGroupCommand;
import org.b2b.customers.application.group.UpdateCustomerGroupCommand;
import org.b2b.customers.application.history.CompanyHistoryQuery;
import org.b2b.customers.application.invitation.ImportInvitationsCommand;
import org.b2b.customers.application.invitation.InvitationOutcome;
import org.b2b.customers.application.invitation.InvitationReport;
import org.b2b.customers.application.invitation.InvitationResult;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.application.member.AddMemberCommand;
import org.b2b.customers.application.member.AssignContactPersonCommand;
import org.b2b.customers.application.member.ListMembersQuery;
import org.b2b.customers.application.member.RemoveMemberCommand;
import org.b2b.customers.application.member.UpdateMemberCommand;
import org.b2b.customers.application.order.ListOrdersQuery;
import org.b2b.customers.application.order.RecordOrderCommand;
import org.b2b.customers.application.order.UpdateOrderStatusCommand;
import org.b2b.customers.application.role.CreateRoleCommand;
import org.b2b.customers.application.role.PolicyInput;
import org.b2b.customers.application.role.UpdateRoleCommand;
import org.b2b.customers.application.user.CreateUserCommand;
import org.b2b.customers.application.user.ListUsersQuery;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.testkit.TestData;
import org.b2b.customers.testkit.usecase.AuthorizationFixture.Act;
import org.b2b.customers.testkit.usecase.AuthorizationFixture.LostRight;
import org.b2b.customers.testkit.usecase.AuthorizationFixture.Subject;
import org.b2b.customers.testkit.usecase.AuthorizationFixture.Target;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every use case that a user calls, made by every kind of user on one company, with the answer the built-in roles
 * should give. Each cell starts from a fresh system and makes a valid call, so that authorization is the only
 * reason a call can be refused. A use case that is neither here nor excluded fails the build, and so does one
 * that lets a user without policies through.
 */
class AuthorizationMatrixTest {

    /** The use cases no user calls, so that there is no acting user whose policies could be checked. */
    private static final Map<String, String> EXCLUDED = Map.of(
            "installation.setUp", "run by the system at start, before any user exists",
            "users.authenticate", "the way in: it establishes who acts, checking portal/login for customers itself",
            "invitations.viewRegistration", "the link's token is the key; the invitee has no login yet",
            "invitations.register", "the link's token is the key; the invitee has no login yet",
            "invitations.acceptAsAccount",
            "the signed-in account is the key: it accepts only an invitation to its own address",
            "mail.prepare", "run by the mail dispatcher after commit, not by a user",
            "users.issueToken", "the way in over the API: it authenticates with email and password, as authenticate",
            "users.resolveToken", "it establishes who acts from a bearer token, before any use case runs",
            "users.revokeToken", "logging out: the token itself is the key, and it can end only its own session",
            "mail.deliver", "run by the mail dispatcher after commit, not by a user");

    /** Operations that every authenticated user may use, so that the deny-by-default guard leaves them out. */
    private static final Map<String, String> WITHOUT_POLICY = Map.of(
            "users.currentUser", "it tells the caller only who they are, which every authenticated user may ask");

    /*
     * Expectations, one letter per subject in this order: A allowed, F forbidden, H hidden (the company is not
     * found, because the subject may not see it).
     *
     *   administrator | representative | other representative | company_admin | company_buyer |
     *   company_admin of another company | pool user | disabled company_admin | company_admin of a deactivated
     *   company (acting on that company)
     *
     * A subject who may do nothing (pool user, disabled member, member of a deactivated company) sees no company,
     * so company operations answer H and the others F.
     */
    private static final List<Operation> OPERATIONS = List.of(
            operation("users.currentUser", "A A A A A A A A A", (uc, actor, t) -> uc.users().currentUser().me(actor)),
            operation("users.create", "A F F F F F F F F", (uc, actor, t) -> uc.users().create().create(actor,
                    new CreateUserCommand("new.customer@buyer.example", "New", "Customer", null, "CUSTOMER",
                            List.of(), TestData.PASSWORD))),
            operation("users.list", "A A A F F F F F F", (uc, actor, t) -> uc.users().list().list(actor,
                    ListUsersQuery.pool())),
            operation("customerGroups.create", "A F F F F F F F F", (uc, actor, t) -> uc.customerGroups().create()
                    .create(actor, new CreateCustomerGroupCommand("wholesale", "Wholesale", "-10"))),
            operation("customerGroups.update", "A F F F F F F F F", (uc, actor, t) -> uc.customerGroups().update()
                    .update(actor, new UpdateCustomerGroupCommand(t.customerGroupId(), Optional.of("Renamed"),
                            Optional.of("7.5"), null))),
            operation("customerGroups.get", "A A A F F F F F F", (uc, actor, t) -> uc.customerGroups().get()
                    .get(actor, t.customerGroupId())),
            operation("customerGroups.list", "A A A F F F F F F", (uc, actor, t) -> uc.customerGroups().list()
                    .list(actor)),
            // A new company represented by the company's representative: the other representative may create
            // only companies they represent themselves.
            operation("companies.create", "A A F F F F F F F", (uc, actor, t) -> uc.companies().create().create(actor,
                    t.newCompany())),
            operation("companies.update", "A A H F F H H H H", (uc, actor, t) -> uc.companies().update().update(actor,
                    UpdateCompanyCommand.of(t.companyId()).withName("Renamed Industrial"))),
            operation("companies.update", "deactivate", "A F H F F H H H H", (uc, actor, t) -> uc.companies().update()
                    .update(actor, UpdateCompanyCommand.of(t.companyId()).withStatus("DEACTIVATED"))),
            // A bulk change is each company's own edit: the same answers as deactivating one company.
            operation("companies.change", "A F H F F H H H H", (uc, actor, t) -> changed(uc.companies().change()
                    .change(actor, ChangeCompaniesCommand.deactivate(List.of(t.companyId()))))),
            operation("companies.get", "A A H A A H H H H", (uc, actor, t) -> uc.companies().get().get(actor,
                    t.companyId())),
            // The list answers whoever may see some company, with just those companies; a subject who may see
            // none is refused rather than shown an empty list.
            operation("companies.list", "A A A A A A F F F", (uc, actor, t) -> uc.companies().list().list(actor,
                    ListCompaniesQuery.all())),
            // The directory is the list with names and a count: it answers exactly whom the list answers.
            operation("companies.browse", "A A A A A A F F F", (uc, actor, t) -> uc.companies().browse().browse(actor,
                    BrowseCompaniesQuery.all())),
            operation("members.get", "A A H A F H H H H", (uc, actor, t) -> uc.members().get().get(actor,
                    t.companyId(), t.memberId())),
            operation("members.list", "A A H A F H H H H", (uc, actor, t) -> uc.members().list().list(actor,
                    ListMembersQuery.of(t.companyId()))),
            // Members come from the pool through staff; company admins invite instead.
            operation("members.add", "A A H F F H H H H", (uc, actor, t) -> uc.members().add().add(actor,
                    new AddMemberCommand(t.companyId(), t.poolUserId().toString(), "company_buyer"))),
            operation("members.update", "A A H A F H H H H", (uc, actor, t) -> uc.members().update().update(actor,
                    UpdateMemberCommand.of(t.companyId(), t.memberId()).withFirstName("Renamed"))),
            operation("members.remove", "A A H A F H H H H", (uc, actor, t) -> {
                uc.members().remove().remove(actor, RemoveMemberCommand.of(t.companyId(), t.memberId()));
                return null;
            }),
            // The contact person is part of the company profile, which only staff edit (company/edit).
            operation("members.assignContactPerson", "A A H F F H H H H", (uc, actor, t) -> uc.members().assignContactPerson()
                    .assign(actor, AssignContactPersonCommand.of(t.companyId(), t.memberId().toString()))),
            operation("addresses.list", "A A H A A H H H H", (uc, actor, t) -> uc.addresses().list().list(actor,
                    ListAddressesQuery.all(t.companyId()))),
            operation("addresses.get", "A A H A A H H H H", (uc, actor, t) -> uc.addresses().get().get(actor,
                    t.companyId(), t.addressId())),
            operation("addresses.add", "A A H A F H H H H", (uc, actor, t) -> uc.addresses().add().add(actor,
                    new AddAddressCommand(t.companyId(), "SHIPPING", changedAddress(), false))),
            operation("addresses.update", "A A H A F H H H H", (uc, actor, t) -> uc.addresses().update().update(actor,
                    new UpdateAddressCommand(t.companyId(), t.addressId(), changedAddress(), false))),
            operation("addresses.remove", "A A H A F H H H H", (uc, actor, t) -> {
                uc.addresses().remove().remove(actor, RemoveAddressCommand.of(t.companyId(), t.addressId()));
                return null;
            }),
            operation("addresses.setDefault", "A A H A F H H H H", (uc, actor, t) -> uc.addresses().setDefault()
                    .setDefault(actor, t.companyId(), t.addressId())),
            // Orders come from the shop (administrator) or from the company's own members; a representative
            // looks at them but does not place them.
            operation("orders.record", "A F H A A H H H H", (uc, actor, t) -> uc.orders().record().record(actor,
                    new RecordOrderCommand(t.companyId(), "SO-1001", null, null, null, "EUR", "249.90"))),
            // The shop updates the status of the orders it recorded, with the same policy.
            operation("orders.updateStatus", "A F H A A H H H H", (uc, actor, t) -> uc.orders().updateStatus()
                    .updateStatus(actor, UpdateOrderStatusCommand.of(t.companyId(), t.orderId(), "SHIPPED"))),
            operation("orders.list", "A A H A A H H H H", (uc, actor, t) -> uc.orders().list().list(actor,
                    ListOrdersQuery.first(t.companyId()))),
            operation("history.ofCompany", "A A H A F H H H H", (uc, actor, t) -> uc.history().ofCompany().history(actor,
                    CompanyHistoryQuery.first(t.companyId()))),
            operation("companies.summary", "A A H A A H H H H", (uc, actor, t) -> uc.companies().summary().summary(actor,
                    t.companyId())),
            operation("companies.overview", "A A H A A H H H H", (uc, actor, t) -> uc.companies().overview()
                    .overview(actor, t.companyId())),
            operation("roles.list", "A F F F F F F F F", (uc, actor, t) -> uc.roles().list().list(actor)),
            operation("roles.get", "A F F F F F F F F", (uc, actor, t) -> uc.roles().get().get(actor,
                    RoleIdentifier.COMPANY_BUYER)),
            operation("roles.permissions", "A F F F F F F F F", (uc, actor, t) -> uc.roles().permissions()
                    .catalogue(actor)),
            operation("roles.create", "A F F F F F F F F", (uc, actor, t) -> uc.roles().create().create(actor,
                    new CreateRoleCommand("auditor", "Auditor", "STAFF", List.of(PolicyInput.of("history", "view"))))),
            operation("roles.update", "A F F F F F F F F", (uc, actor, t) -> uc.roles().update().update(actor,
                    new UpdateRoleCommand(t.customRole(), "Renamed", List.of(PolicyInput.of("order", "view")), null,
                            false))),
            operation("access.explainPermission", "A F F F F F F F F", (uc, actor, t) -> uc.access().explainPermission()
                    .explain(actor, new ExplainPermissionQuery(t.poolUserId().toString(), "company/view",
                            Optional.of(t.companyId().toString())))),
            operation("invitations.invite", "A A H A F H H H H", (uc, actor, t) -> invited(uc.invitations().invite()
                    .invite(actor, InviteMembersCommand.of(t.companyId(),
                            new Invitee("newcomer@buyer.example", "company_buyer"))))),
            operation("invitations.importFile", "A A H A F H H H H", (uc, actor, t) -> invited(uc.invitations().importFile()
                    .importFile(actor, ImportInvitationsCommand.of(t.companyId(),
                            "newcomer@buyer.example\n".getBytes(UTF_8), "company_buyer")))),
            operation("invitations.preview", "A A H A F H H H H", (uc, actor, t) -> uc.invitations().preview()
                    .preview(actor, InviteMembersCommand.of(t.companyId(),
                            new Invitee("newcomer@buyer.example", "company_buyer")))),
            operation("invitations.list", "A A H A F H H H H", (uc, actor, t) -> uc.invitations().list().list(actor,
                    ListInvitationsQuery.all(t.companyId()))),
            operation("invitations.get", "A A H A F H H H H", (uc, actor, t) -> uc.invitations().get().get(actor,
                    t.companyId(), t.invitationId())),
            operation("invitations.registrationLink", "A A H A F H H H H", (uc, actor, t) -> uc.invitations().registrationLink().link(actor,
                    t.companyId(), t.invitationId())),
            operation("invitations.registrationLink", "a page", "A A H A F H H H H", (uc, actor, t) -> uc.invitations()
                    .registrationLink().links(actor, t.companyId(), List.of(t.invitationId()))),
            operation("invitations.resend", "A A H A F H H H H", (uc, actor, t) -> uc.invitations().resend()
                    .resend(actor, t.companyId(), t.invitationId())),
            operation("invitations.revoke", "A A H A F H H H H", (uc, actor, t) -> uc.invitations().revoke()
                    .revoke(actor, t.companyId(), t.invitationId())));

    @TestFactory
    Stream<DynamicTest> every_subject_gets_the_expected_answer_from_every_use_case() {
        return OPERATIONS.stream().flatMap(operation -> Arrays.stream(Subject.values()).map(subject -> {
            Outcome expected = operation.expected().get(subject.ordinal());
            String cell = subject + " × " + operation.label() + " → " + expected;
            return dynamicTest(cell, () -> {
                var fixture = new AuthorizationFixture();
                Outcome actual = outcomeOf(operation, fixture.useCases(), fixture.as(subject));
                assertThat(actual).as(cell).isEqualTo(expected);
            });
        }));
    }

    /**
     * Three more columns, 401 in every row: a member who logged in and was then disabled, removed or had their
     * company deactivated. The token is resolved first, as the web adapter does before any use case runs.
     */
    @TestFactory
    Stream<DynamicTest> a_token_whose_user_lost_the_right_to_sign_in_is_refused_401_before_every_use_case() {
        return OPERATIONS.stream().flatMap(operation -> Arrays.stream(LostRight.values()).map(lost -> {
            String cell = lost + " × " + operation.label() + " → 401";
            return dynamicTest(cell, () -> {
                var fixture = new AuthorizationFixture();
                String token = fixture.tokenAfter(lost);
                CustomerManagement useCases = fixture.useCases();
                assertThatThrownBy(() -> operation.call().call(useCases,
                        useCases.users().resolveToken().resolve(token), fixture.target()))
                        .as(cell).isInstanceOfSatisfying(DomainException.class,
                                e -> assertThat(e.kind()).as(cell).isEqualTo(ErrorKind.UNAUTHENTICATED));
            });
        }));
    }

    @TestFactory
    Stream<DynamicTest> a_staff_user_whose_role_grants_nothing_is_refused_everything() {
        return OPERATIONS.stream().filter(operation -> !WITHOUT_POLICY.containsKey(operation.useCase()))
                .map(operation -> {
                    String cell = "role without policies × " + operation.label() + " → refused";
                    return dynamicTest(cell, () -> {
                        var fixture = new AuthorizationFixture();
                        Outcome actual = outcomeOf(operation, fixture.useCases(), fixture.asStaffWithoutPolicies());
                        assertThat(actual).as(cell).isIn(Outcome.FORBIDDEN, Outcome.HIDDEN);
                    });
                });
    }

    @TestFactory
    Stream<DynamicTest> the_company_list_shows_the_company_to_exactly_those_who_may_open_it() {
        Operation list = only("companies.list");
        Operation get = only("companies.get");
        return Arrays.stream(Subject.values())
                .filter(subject -> list.expected().get(subject.ordinal()) == Outcome.ALLOWED)
                .map(subject -> {
                    boolean visible = get.expected().get(subject.ordinal()) == Outcome.ALLOWED;
                    String cell = subject + " × listCompanies " + (visible ? "shows" : "leaves out") + " the company";
                    return dynamicTest(cell, () -> {
                        var fixture = new AuthorizationFixture();
                        Act act = fixture.as(subject);
                        var listed = fixture.useCases().companies().list().list(act.actor(), ListCompaniesQuery.all())
                                .items().stream().map(CompanyView::id).toList();
                        var browsed = fixture.useCases().companies().browse().browse(act.actor(),
                                BrowseCompaniesQuery.all()).rows().stream().map(CompanyRow::id).toList();
                        assertThat(listed.contains(act.target().companyId())).as(cell).isEqualTo(visible);
                        assertThat(browsed).as(cell + " in the directory").isEqualTo(listed);
                    });
                });
    }

    @Test
    void every_use_case_is_in_the_matrix_or_excluded_with_a_reason() {
        Set<String> inMatrix = OPERATIONS.stream().map(Operation::useCase).collect(Collectors.toSet());

        assertThat(inMatrix).doesNotContainAnyElementsOf(EXCLUDED.keySet());
        assertThat(Stream.concat(inMatrix.stream(), EXCLUDED.keySet().stream()))
                .containsExactlyInAnyOrderElementsOf(useCasesOf(CustomerManagement.class).keySet());
    }

    @Test
    void only_use_cases_that_take_no_acting_user_are_excluded() {
        Map<String, Class<?>> useCases = useCasesOf(CustomerManagement.class);

        assertThat(EXCLUDED.keySet()).allSatisfy(name -> assertThat(takesActor(useCases.get(name)))
                .as(name + " takes an acting user, so it belongs in the matrix").isFalse());
        assertThat(useCases.keySet()).filteredOn(name -> !EXCLUDED.containsKey(name))
                .allSatisfy(name -> assertThat(takesActor(useCases.get(name))).as(name).isTrue());
    }

    /** What the system answers a call; a refusal for any reason but authorization means the call is not valid. */
    private static Outcome outcomeOf(Operation operation, CustomerManagement useCases, Act act) {
        try {
            operation.call().call(useCases, act.actor(), act.target());
            return Outcome.ALLOWED;
        } catch (DomainException e) {
            if (e.kind() == ErrorKind.FORBIDDEN && e.code().equals("access.denied")) {
                return Outcome.FORBIDDEN;
            }
            if (e.kind() == ErrorKind.NOT_FOUND && e.code().equals("company.not_found")) {
                return Outcome.HIDDEN;
            }
            throw new AssertionError(operation.label() + " was refused for another reason than authorization, "
                    + "so the call is not valid: " + e.kind() + " " + e.code() + ": " + e.getMessage(), e);
        }
    }

    /** The use cases that {@code CustomerManagement}'s features hand out, by feature and getter: {@code users.create}. */
    private static Map<String, Class<?>> useCasesOf(Class<?> wiring) {
        return Arrays.stream(wiring.getMethods())
                .filter(feature -> feature.getDeclaringClass() == wiring)
                .filter(feature -> feature.getReturnType().getSimpleName().endsWith("UseCases"))
                .flatMap(feature -> Arrays.stream(feature.getReturnType().getMethods())
                        .filter(method -> method.getReturnType().getSimpleName().endsWith("UseCase"))
                        .map(method -> Map.entry(feature.getName() + "." + method.getName(), method.getReturnType())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static boolean takesActor(Class<?> useCase) {
        return Arrays.stream(useCase.getMethods())
                .anyMatch(method -> Arrays.asList(method.getParameterTypes()).contains(Actor.class));
    }

    private static Operation only(String useCase) {
        return OPERATIONS.stream().filter(operation -> operation.label().equals(useCase)).findFirst().orElseThrow();
    }

    /** A bulk invitation that did not invite would be a refusal in disguise: the call was not valid. */
    private static InvitationReport invited(InvitationReport report) {
        assertThat(report.results()).extracting(InvitationResult::outcome).containsOnly(InvitationOutcome.INVITED);
        return report;
    }

    /** A bulk change reports a refusal per company instead of throwing it: here it is thrown, as a single edit's. */
    private static List<CompanyChangeResult> changed(List<CompanyChangeResult> results) {
        results.forEach(result -> result.refusal().ifPresent(refusal -> {
            throw refusal;
        }));
        return results;
    }

    private static AddressInput changedAddress() {
        return new AddressInput("Goods receiving, gate 2", "Lagerweg 99", "20095", "Hamburg", null, "DE", null, null,
                null);
    }

    private static Operation operation(String useCase, String expected, Call call) {
        return new Operation(useCase, useCase, outcomes(expected), call);
    }

    private static Operation operation(String useCase, String variant, String expected, Call call) {
        return new Operation(useCase, useCase + " (" + variant + ")", outcomes(expected), call);
    }

    private static List<Outcome> outcomes(String letters) {
        List<Outcome> outcomes = Arrays.stream(letters.split(" ")).map(Outcome::of).toList();
        if (outcomes.size() != Subject.values().length) {
            throw new IllegalArgumentException("one letter per subject: " + letters);
        }
        return outcomes;
    }

    private enum Outcome {
        ALLOWED, FORBIDDEN, HIDDEN;

        static Outcome of(String letter) {
            return Arrays.stream(values()).filter(o -> o.name().substring(0, 1).equals(letter)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("A, F or H: " + letter));
        }
    }

    /** One valid call of a use case, by an actor, on a target. */
    @FunctionalInterface
    private interface Call {
        Object call(CustomerManagement useCases, Actor actor, Target target);
    }

    /** A column of the matrix: the getter of the use case it calls, its name in reports, and the expectations. */
    private record Operation(String useCase, String label, List<Outcome> expected, Call call) {}
}
