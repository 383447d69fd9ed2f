package org.b2b.customers.application.invitation;

import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.support.PasswordChoice;
import org.b2b.customers.application.support.UseCaseSupport;

/** The use cases of invitations and registration through a link, wired to their ports. */
public final class InvitationUseCases {

    private final InviteMembersService inviteMembers;
    private final ImportInvitationsService importInvitations;
    private final PreviewInvitationsService previewInvitations;
    private final ListInvitationsService listInvitations;
    private final GetInvitationService getInvitation;
    private final GetRegistrationLinkService registrationLink;
    private final ResendInvitationService resend;
    private final RevokeInvitationService revoke;
    private final ViewRegistrationService viewRegistration;
    private final RegisterService register;
    private final AcceptAsAccountService acceptAsAccount;

    public InvitationUseCases(UseCaseSupport support, DrivenPorts ports, PasswordChoice passwords, Settings settings) {
        InvitationHistory history = new InvitationHistory(support.history());
        InvitationViews views = new InvitationViews(ports.users());
        InvitationMessages messages = new InvitationMessages(ports.outbox(), ports.roles(), ports.users());
        CompanyInvitations companyInvitations = new CompanyInvitations(ports.invitations(), history, views);
        BulkInvitation bulk = new BulkInvitation(support.transactions(), ports.invitations(), ports.users(),
                ports.members(), ports.roles(), messages, history, settings, support.clock());
        InvitationAcceptance acceptance = new InvitationAcceptance(ports.invitations(), ports.companies(),
                ports.members(), ports.roles(), history, settings.registrationTokens(), support.clock());
        inviteMembers = new InviteMembersService(support, bulk);
        importInvitations = new ImportInvitationsService(support, bulk);
        previewInvitations = new PreviewInvitationsService(support, bulk, ports.roles());
        listInvitations = new ListInvitationsService(support, ports.invitations());
        getInvitation = new GetInvitationService(support, companyInvitations);
        registrationLink = new GetRegistrationLinkService(support, companyInvitations, ports.invitations(),
                settings);
        resend = new ResendInvitationService(support, companyInvitations, messages, settings);
        revoke = new RevokeInvitationService(support, companyInvitations);
        viewRegistration = new ViewRegistrationService(support, acceptance);
        register = new RegisterService(support, acceptance, ports.users(), passwords);
        acceptAsAccount = new AcceptAsAccountService(support, acceptance, ports.users(), ports.members());
    }

    public InviteMembersUseCase invite() {
        return inviteMembers;
    }

    public ImportInvitationsUseCase importFile() {
        return importInvitations;
    }

    public PreviewInvitationsUseCase preview() {
        return previewInvitations;
    }

    public ListInvitationsUseCase list() {
        return listInvitations;
    }

    public GetInvitationUseCase get() {
        return getInvitation;
    }

    public GetRegistrationLinkUseCase registrationLink() {
        return registrationLink;
    }

    public ResendInvitationUseCase resend() {
        return resend;
    }

    public RevokeInvitationUseCase revoke() {
        return revoke;
    }

    public ViewRegistrationUseCase viewRegistration() {
        return viewRegistration;
    }

    public RegisterUseCase register() {
        return register;
    }

    public AcceptAsAccountUseCase acceptAsAccount() {
        return acceptAsAccount;
    }
}
