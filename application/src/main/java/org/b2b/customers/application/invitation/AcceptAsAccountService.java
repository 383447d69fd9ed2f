package org.b2b.customers.application.invitation;

import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.invitation.InvitationErrorCode;
import org.b2b.customers.domain.member.MemberErrorCode;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserErrorCode;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.domain.user.UserType;

/** Accepts an invitation with the signed-in account of the invited email, which joins the inviting company. */
final class AcceptAsAccountService implements AcceptAsAccountUseCase {

    private final UseCaseSupport support;
    private final InvitationAcceptance acceptance;
    private final Users users;
    private final Members members;

    AcceptAsAccountService(UseCaseSupport support, InvitationAcceptance acceptance, Users users, Members members) {
        this.support = support;
        this.acceptance = acceptance;
        this.users = users;
        this.members = members;
    }

    @Override
    public Registration acceptAs(String token, UserId signedIn) {
        return support.transactions().inTransaction(() -> {
            InvitationAcceptance.Acceptable acceptable = acceptance.acceptable(token);
            User user = users.find(signedIn)
                    .filter(account -> account.email().equals(acceptable.invitation().email()))
                    .orElseThrow(() -> DomainException.forbidden(InvitationErrorCode.REGISTRATION_OTHER_ACCOUNT,
                            "This invitation is for another email address than the account signed in."));
            requireFreeToJoin(user);
            return acceptance.join(acceptable, user);
        });
    }

    /** Only a customer in no company, one of the pool, can accept with their existing account. */
    private void requireFreeToJoin(User user) {
        if (user.type() != UserType.CUSTOMER) {
            throw DomainException.conflict(UserErrorCode.NOT_A_CUSTOMER,
                    "This email belongs to a staff account, which cannot join a company.");
        }
        if (members.findByUser(user.id()).isPresent()) {
            throw DomainException.conflict(MemberErrorCode.USER_IN_COMPANY,
                    "This email belongs to a member of a company already; a user is a member of one company at most.");
        }
    }
}
