package org.b2b.customers.application.invitation;

import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.invitation.Invitation;

/** Shows what an invitation's link offers: which company, for which email, with which role. */
final class ViewRegistrationService implements ViewRegistrationUseCase {

    private final UseCaseSupport support;
    private final InvitationAcceptance acceptance;

    ViewRegistrationService(UseCaseSupport support, InvitationAcceptance acceptance) {
        this.support = support;
        this.acceptance = acceptance;
    }

    @Override
    public RegistrationView view(String token) {
        return support.transactions().inTransaction(() -> {
            InvitationAcceptance.Acceptable acceptable = acceptance.acceptable(token);
            Invitation invitation = acceptable.invitation();
            // The same view whether or not the email has an account, and whether that account could join.
            return new RegistrationView(acceptable.company().name(), invitation.email().value(), invitation.role().value());
        });
    }
}
