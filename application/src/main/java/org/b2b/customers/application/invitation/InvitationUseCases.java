package org.b2b.customers.application.invitation;

import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.support.PasswordChoice;
import org.b2b.customers.application.support.UseCaseSupport;

/** The use cases of invitations and registration through a link, wired to their ports. */
public final class InvitationUseCases {

    private final InviteMembersService inviteMembers;
    private final InvitationQueriesService queries;
    private final ResendInvitationService resend;
    private final RevokeInvitationService revoke;
    private final RegistrationService registration;

    public InvitationUseCases(UseCaseSupport support, DrivenPorts ports, PasswordChoice passwords, Settings settings) {
        inviteMembers = new InviteMembersService(support.transactions(), support.access(), support.validation(),
                ports.invitations(), ports.users(), ports.members(), ports.roles(), ports.outbox(), support.history(), settings,
                support.clock());
        queries = new InvitationQueriesService(support.transactions(), support.access(), support.validation(),
                ports.invitations(), ports.users(), settings, support.clock());
        resend = new ResendInvitationService(support.transactions(), support.access(), ports.invitations(),
                ports.users(), ports.roles(), ports.outbox(), support.history(), settings, support.clock());
        revoke = new RevokeInvitationService(support.transactions(), support.access(), ports.invitations(),
                ports.users(), support.history(), support.clock());
        registration = new RegistrationService(support.transactions(), support.validation(), ports.invitations(),
                ports.companies(), ports.users(), ports.members(), ports.roles(), ports.passwordHasher(), passwords,
                support.history(), settings, support.clock());
    }

    public InviteMembersUseCase invite() {
        return inviteMembers;
    }

    public ImportInvitationsUseCase importFile() {
        return inviteMembers;
    }

    public ListInvitationsUseCase list() {
        return queries;
    }

    public GetRegistrationLinkUseCase registrationLink() {
        return queries;
    }

    public ResendInvitationUseCase resend() {
        return resend;
    }

    public RevokeInvitationUseCase revoke() {
        return revoke;
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
}
