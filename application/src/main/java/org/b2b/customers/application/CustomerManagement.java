package org.b2b.customers.application;

import jakarta.validation.Validator;
import org.b2b.customers.application.port.in.access.ExplainPermissionUseCase;
import org.b2b.customers.application.port.in.company.CreateCompanyUseCase;
import org.b2b.customers.application.port.in.company.GetCompanyUseCase;
import org.b2b.customers.application.port.in.company.ListCompaniesUseCase;
import org.b2b.customers.application.port.in.company.UpdateCompanyUseCase;
import org.b2b.customers.application.port.in.group.CreateCustomerGroupUseCase;
import org.b2b.customers.application.port.in.group.GetCustomerGroupUseCase;
import org.b2b.customers.application.port.in.group.ListCustomerGroupsUseCase;
import org.b2b.customers.application.port.in.group.UpdateCustomerGroupUseCase;
import org.b2b.customers.application.port.in.installation.SetUpInstallationUseCase;
import org.b2b.customers.application.port.in.member.AddMemberUseCase;
import org.b2b.customers.application.port.in.member.AssignContactPersonUseCase;
import org.b2b.customers.application.port.in.member.GetMemberUseCase;
import org.b2b.customers.application.port.in.member.ListMembersUseCase;
import org.b2b.customers.application.port.in.member.RemoveMemberUseCase;
import org.b2b.customers.application.port.in.member.UpdateMemberUseCase;
import org.b2b.customers.application.port.in.role.CreateRoleUseCase;
import org.b2b.customers.application.port.in.role.GetRoleUseCase;
import org.b2b.customers.application.port.in.role.ListPermissionsUseCase;
import org.b2b.customers.application.port.in.role.ListRolesUseCase;
import org.b2b.customers.application.port.in.role.UpdateRoleUseCase;
import org.b2b.customers.application.port.in.user.AuthenticateUseCase;
import org.b2b.customers.application.port.in.user.CreateUserUseCase;
import org.b2b.customers.application.port.in.user.GetCurrentUserUseCase;
import org.b2b.customers.application.port.in.user.ListUsersUseCase;
import org.b2b.customers.application.port.in.address.AddAddressUseCase;
import org.b2b.customers.application.port.in.address.GetAddressUseCase;
import org.b2b.customers.application.port.in.address.ListAddressesUseCase;
import org.b2b.customers.application.port.in.address.RemoveAddressUseCase;
import org.b2b.customers.application.port.in.address.SetDefaultAddressUseCase;
import org.b2b.customers.application.port.in.address.UpdateAddressUseCase;
import org.b2b.customers.application.port.in.company.GetCompanySummaryUseCase;
import org.b2b.customers.application.port.in.history.GetCompanyHistoryUseCase;
import org.b2b.customers.application.port.in.order.ListOrdersUseCase;
import org.b2b.customers.application.port.in.order.RecordOrderUseCase;
import org.b2b.customers.application.port.in.order.UpdateOrderStatusUseCase;
import org.b2b.customers.application.port.in.invitation.GetRegistrationLinkUseCase;
import org.b2b.customers.application.port.in.invitation.ImportInvitationsUseCase;
import org.b2b.customers.application.port.in.invitation.InviteMembersUseCase;
import org.b2b.customers.application.port.in.invitation.ListInvitationsUseCase;
import org.b2b.customers.application.port.in.invitation.AcceptAsAccountUseCase;
import org.b2b.customers.application.port.in.invitation.RegisterUseCase;
import org.b2b.customers.application.port.in.invitation.ResendInvitationUseCase;
import org.b2b.customers.application.port.in.invitation.RevokeInvitationUseCase;
import org.b2b.customers.application.port.in.invitation.ViewRegistrationUseCase;
import org.b2b.customers.application.port.in.mail.PrepareMailUseCase;
import org.b2b.customers.application.port.in.mail.DeliverMailUseCase;
import org.b2b.customers.application.port.out.MailSender;
import org.b2b.customers.application.port.out.OutboxQueue;
import org.b2b.customers.application.port.out.PasswordScreen;
import org.b2b.customers.application.service.CommandValidation;
import org.b2b.customers.application.service.HistoryRecorder;
import org.b2b.customers.application.service.PasswordChoice;
import org.b2b.customers.application.service.InstallationService;
import org.b2b.customers.application.service.access.AccessControl;
import org.b2b.customers.application.service.access.ExplainPermissionService;
import org.b2b.customers.application.service.company.CompanyQueriesService;
import org.b2b.customers.application.service.company.CreateCompanyService;
import org.b2b.customers.application.service.company.UpdateCompanyService;
import org.b2b.customers.application.service.group.CustomerGroupService;
import org.b2b.customers.application.service.member.AddMemberService;
import org.b2b.customers.application.service.member.AssignContactPersonService;
import org.b2b.customers.application.service.member.MemberQueriesService;
import org.b2b.customers.application.service.member.RemoveMemberService;
import org.b2b.customers.application.service.member.UpdateMemberService;
import org.b2b.customers.application.service.role.CreateRoleService;
import org.b2b.customers.application.service.role.RoleQueriesService;
import org.b2b.customers.application.service.role.UpdateRoleService;
import org.b2b.customers.application.service.user.AuthenticationService;
import org.b2b.customers.application.service.user.LoginThrottle;
import org.b2b.customers.application.service.user.UserService;
import org.b2b.customers.application.service.address.AddressBookService;
import org.b2b.customers.application.service.company.CompanySummaryService;
import org.b2b.customers.application.service.history.CompanyHistoryService;
import org.b2b.customers.application.service.order.OrderService;
import org.b2b.customers.application.service.invitation.InvitationQueriesService;
import org.b2b.customers.application.service.invitation.InviteMembersService;
import org.b2b.customers.application.service.invitation.RegistrationService;
import org.b2b.customers.application.service.invitation.ResendInvitationService;
import org.b2b.customers.application.service.invitation.RevokeInvitationService;
import org.b2b.customers.application.service.mail.PrepareMailService;
import org.b2b.customers.application.port.in.user.IssueAccessTokenUseCase;
import org.b2b.customers.application.port.in.user.ResolveAccessTokenUseCase;
import org.b2b.customers.application.port.in.user.RevokeAccessTokenUseCase;
import org.b2b.customers.application.service.user.AccessTokenService;
import org.b2b.customers.application.service.user.TokenRevocation;
import org.b2b.customers.application.service.mail.DeliverMailService;

/**
 * Every use case, wired by hand to one set of driven ports. Adapters on the driving side (HTTP, tests, an
 * embedding application) take the use cases they need from here.
 */
public final class CustomerManagement {

    private final InstallationService installation;
    private final CreateCompanyService createCompany;
    private final UpdateCompanyService updateCompany;
    private final CompanyQueriesService companyQueries;
    private final CustomerGroupService customerGroups;
    private final UserService users;
    private final AuthenticationService authentication;
    private final MemberQueriesService memberQueries;
    private final AddMemberService addMember;
    private final UpdateMemberService updateMember;
    private final RemoveMemberService removeMember;
    private final AssignContactPersonService assignContactPerson;
    private final AddressBookService addressBook;
    private final OrderService orders;
    private final CompanyHistoryService companyHistory;
    private final CompanySummaryService companySummary;
    private final RoleQueriesService roleQueries;
    private final CreateRoleService createRole;
    private final UpdateRoleService updateRole;
    private final ExplainPermissionService explainPermission;
    private final InviteMembersService inviteMembers;
    private final InvitationQueriesService invitationQueries;
    private final ResendInvitationService resendInvitation;
    private final RevokeInvitationService revokeInvitation;
    private final RegistrationService registration;
    private final PrepareMailService prepareMail;
    private final AccessTokenService accessTokens;
    private final DrivenPorts ports;

    /** The password screen refuses easily guessed passwords wherever someone sets one. */
    public CustomerManagement(DrivenPorts ports, Settings settings, Validator validator, PasswordScreen passwordScreen) {
        var validation = new CommandValidation(validator);
        var passwords = new PasswordChoice(passwordScreen);
        var access = new AccessControl(ports.users(), ports.members(), ports.companies(), ports.roles());
        var history = new HistoryRecorder(ports.history(), ports.clock());
        var tx = ports.transactions();
        var revocation = new TokenRevocation(ports.accessTokens(), ports.members());

        installation = new InstallationService(tx, ports.roles(), ports.users(), ports.passwordHasher(), passwords,
                ports.clock());
        createCompany = new CreateCompanyService(tx, access, validation, ports.companies(), ports.addressBooks(),
                ports.customerGroups(), ports.users(), history, ports.clock());
        updateCompany = new UpdateCompanyService(tx, access, validation, ports.companies(), ports.addressBooks(),
                ports.customerGroups(), ports.users(), history, revocation, ports.clock());
        companyQueries = new CompanyQueriesService(tx, access, validation, ports.companies(), ports.addressBooks());
        customerGroups = new CustomerGroupService(tx, access, validation, ports.customerGroups(), history);
        users = new UserService(tx, access, validation, ports.users(), ports.members(), ports.roles(),
                ports.passwordHasher(), passwords, history, ports.clock());
        authentication = new AuthenticationService(tx, access, ports.users(), ports.members(), ports.passwordHasher(),
                new LoginThrottle(tx, ports.loginFailures(), ports.clock(), LoginThrottle.checksForThisMachine()));
        memberQueries = new MemberQueriesService(tx, access, validation, ports.members(), ports.users());
        addMember = new AddMemberService(tx, access, validation, ports.members(), ports.users(), ports.roles(), history,
                ports.clock());
        updateMember = new UpdateMemberService(tx, access, validation, ports.members(), ports.users(), ports.roles(),
                history, revocation);
        removeMember = new RemoveMemberService(tx, access, ports.members(), ports.users(), history, revocation);
        assignContactPerson = new AssignContactPersonService(tx, access, validation, ports.companies(), ports.members(),
                ports.users(), ports.addressBooks(), history, ports.clock());
        addressBook = new AddressBookService(tx, access, validation, ports.addressBooks(), history);
        orders = new OrderService(tx, access, validation, ports.orders(), ports.members(), history, ports.clock());
        companyHistory = new CompanyHistoryService(tx, access, validation, ports.history(), ports.users());
        companySummary = new CompanySummaryService(tx, access, ports.addressBooks(), ports.members(),
                ports.invitations(), ports.orders(), ports.clock());
        roleQueries = new RoleQueriesService(tx, access, ports.roles());
        createRole = new CreateRoleService(tx, access, validation, ports.roles(), history);
        updateRole = new UpdateRoleService(tx, access, validation, ports.roles(), history);
        explainPermission = new ExplainPermissionService(tx, access, validation, ports.users());
        inviteMembers = new InviteMembersService(tx, access, validation, ports.invitations(), ports.users(),
                ports.members(), ports.roles(), ports.outbox(), history, settings, ports.clock());
        invitationQueries = new InvitationQueriesService(tx, access, validation, ports.invitations(), ports.users(),
                settings, ports.clock());
        resendInvitation = new ResendInvitationService(tx, access, ports.invitations(), ports.users(), ports.roles(),
                ports.outbox(), history, settings, ports.clock());
        revokeInvitation = new RevokeInvitationService(tx, access, ports.invitations(), ports.users(), history,
                ports.clock());
        registration = new RegistrationService(tx, validation, ports.invitations(), ports.companies(), ports.users(),
                ports.members(), ports.roles(), ports.passwordHasher(), passwords, history, settings, ports.clock());
        prepareMail = new PrepareMailService(tx, ports.invitations(), ports.companies(), settings, ports.clock());
        accessTokens = new AccessTokenService(tx, authentication, access, ports.users(), ports.accessTokens(),
                settings.tokenIdleTimeout(), ports.clock());
        this.ports = ports;
    }

    public SetUpInstallationUseCase setUpInstallation() {
        return installation;
    }

    public AuthenticateUseCase authenticate() {
        return authentication;
    }

    public GetCurrentUserUseCase currentUser() {
        return users;
    }

    public CreateUserUseCase createUser() {
        return users;
    }

    public ListUsersUseCase listUsers() {
        return users;
    }

    public CreateCustomerGroupUseCase createCustomerGroup() {
        return customerGroups;
    }

    public UpdateCustomerGroupUseCase updateCustomerGroup() {
        return customerGroups;
    }

    public GetCustomerGroupUseCase getCustomerGroup() {
        return customerGroups;
    }

    public ListCustomerGroupsUseCase listCustomerGroups() {
        return customerGroups;
    }

    public CreateCompanyUseCase createCompany() {
        return createCompany;
    }

    public UpdateCompanyUseCase updateCompany() {
        return updateCompany;
    }

    public GetCompanyUseCase getCompany() {
        return companyQueries;
    }

    public ListCompaniesUseCase listCompanies() {
        return companyQueries;
    }

    public GetMemberUseCase getMember() {
        return memberQueries;
    }

    public ListMembersUseCase listMembers() {
        return memberQueries;
    }

    public AddMemberUseCase addMember() {
        return addMember;
    }

    public UpdateMemberUseCase updateMember() {
        return updateMember;
    }

    public RemoveMemberUseCase removeMember() {
        return removeMember;
    }

    public AssignContactPersonUseCase assignContactPerson() {
        return assignContactPerson;
    }

    public ListAddressesUseCase listAddresses() {
        return addressBook;
    }

    public GetAddressUseCase getAddress() {
        return addressBook;
    }

    public AddAddressUseCase addAddress() {
        return addressBook;
    }

    public UpdateAddressUseCase updateAddress() {
        return addressBook;
    }

    public RemoveAddressUseCase removeAddress() {
        return addressBook;
    }

    public SetDefaultAddressUseCase setDefaultAddress() {
        return addressBook;
    }

    public RecordOrderUseCase recordOrder() {
        return orders;
    }

    public UpdateOrderStatusUseCase updateOrderStatus() {
        return orders;
    }

    public ListOrdersUseCase listOrders() {
        return orders;
    }

    public GetCompanyHistoryUseCase companyHistory() {
        return companyHistory;
    }

    public GetCompanySummaryUseCase companySummary() {
        return companySummary;
    }

    public ListRolesUseCase listRoles() {
        return roleQueries;
    }

    public GetRoleUseCase getRole() {
        return roleQueries;
    }

    public ListPermissionsUseCase listPermissions() {
        return roleQueries;
    }

    public CreateRoleUseCase createRole() {
        return createRole;
    }

    public UpdateRoleUseCase updateRole() {
        return updateRole;
    }

    public ExplainPermissionUseCase explainPermission() {
        return explainPermission;
    }

    public InviteMembersUseCase inviteMembers() {
        return inviteMembers;
    }

    public ImportInvitationsUseCase importInvitations() {
        return inviteMembers;
    }

    public ListInvitationsUseCase listInvitations() {
        return invitationQueries;
    }

    public GetRegistrationLinkUseCase registrationLink() {
        return invitationQueries;
    }

    public ResendInvitationUseCase resendInvitation() {
        return resendInvitation;
    }

    public RevokeInvitationUseCase revokeInvitation() {
        return revokeInvitation;
    }

    public ViewRegistrationUseCase viewRegistration() {
        return registration;
    }

    public RegisterUseCase register() {
        return registration;
    }

    public AcceptAsAccountUseCase acceptAsAccount() {
        return registration;
    }

    public PrepareMailUseCase prepareMail() {
        return prepareMail;
    }

    public IssueAccessTokenUseCase issueAccessToken() {
        return accessTokens;
    }

    public ResolveAccessTokenUseCase resolveAccessToken() {
        return accessTokens;
    }

    public RevokeAccessTokenUseCase revokeAccessToken() {
        return accessTokens;
    }

    /**
     * The delivery of the outbox through a mail sender, for a mail adapter's dispatcher; the queue is the outbox of
     * the same store as the driven ports.
     */
    public DeliverMailUseCase deliverMail(OutboxQueue queue, MailSender sender) {
        return new DeliverMailService(ports.transactions(), queue, prepareMail, ports.invitations(), sender,
                ports.clock());
    }
}
