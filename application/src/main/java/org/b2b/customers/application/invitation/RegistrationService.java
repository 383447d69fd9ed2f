package org.b2b.customers.application.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.invitation.AcceptAsAccountUseCase;
import org.b2b.customers.application.invitation.RegisterCommand;
import org.b2b.customers.application.invitation.RegisterUseCase;
import org.b2b.customers.application.invitation.Registration;
import org.b2b.customers.application.invitation.RegistrationView;
import org.b2b.customers.application.invitation.ViewRegistrationUseCase;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.PasswordHasher;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.CommandValidation;
import org.b2b.customers.application.support.HistoryRecorder;
import org.b2b.customers.application.support.PasswordChoice;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationErrorCode;
import org.b2b.customers.domain.invitation.RegistrationTokens;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.member.MemberErrorCode;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.Password;
import org.b2b.customers.domain.user.PasswordHash;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserErrorCode;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.domain.user.UserType;

/**
 * The public side of an invitation: opening its link and registering through it. The link's token is the only
 * key, and only the installation's key turns the stored secret into one, so a copy of the database cannot
 * register anyone.
 */
final class RegistrationService implements ViewRegistrationUseCase, RegisterUseCase, AcceptAsAccountUseCase {

    private final Transactions transactions;
    private final CommandValidation validation;
    private final Invitations invitations;
    private final Companies companies;
    private final Users users;
    private final Members members;
    private final Roles roles;
    private final PasswordHasher hasher;
    private final PasswordChoice passwords;
    private final InvitationHistory history;
    private final RegistrationTokens tokens;
    private final Clock clock;

    RegistrationService(Transactions transactions, CommandValidation validation, Invitations invitations,
            Companies companies, Users users, Members members, Roles roles, PasswordHasher hasher,
            PasswordChoice passwords, HistoryRecorder history, Settings settings, Clock clock) {
        this.transactions = transactions;
        this.validation = validation;
        this.invitations = invitations;
        this.companies = companies;
        this.users = users;
        this.members = members;
        this.roles = roles;
        this.hasher = hasher;
        this.passwords = passwords;
        this.history = new InvitationHistory(history);
        this.tokens = settings.registrationTokens();
        this.clock = clock;
    }

    @Override
    public RegistrationView view(String token) {
        return transactions.inTransaction(() -> {
            Acceptable acceptable = acceptable(token);
            Invitation invitation = acceptable.invitation();
            // The same view whether or not the email has an account, and whether that account could join.
            return new RegistrationView(acceptable.company().name(), invitation.email().value(), invitation.role().value());
        });
    }

    @Override
    public Registration register(RegisterCommand command) {
        if (command == null) {
            throw InvalidInputException.of("body", "required", "must be given");
        }
        // Who accepts is settled first, so that the slow password work below runs outside any transaction.
        Optional<User> existing = transactions.inTransaction(() ->
                users.findByEmail(acceptable(command.token()).invitation().email()));
        if (existing.isPresent()) {
            // Not even checked: a password taken here would be one more way to guess it, outside the sign-in's limits.
            // Whether that account could join is told only to the account, once signed in, so that the link's holder
            // learns no more than that an account exists.
            throw new DomainException(ErrorKind.UNAUTHENTICATED, InvitationErrorCode.REGISTRATION_SIGN_IN_REQUIRED,
                    "An account with this email exists already: sign in as that account to join the company.");
        }
        var errors = validation.errorsOf(command);
        PersonName name = errors.check(() -> PersonName.parse(command.firstName(), command.lastName()));
        Password password = errors.check(() -> passwords.parse("password", command.password(),
                Stream.of(command.firstName(), command.lastName()).filter(Objects::nonNull).toList()));
        errors.throwIfAny();
        PasswordHash hash = hasher.hash(password);
        return transactions.inTransaction(() -> {
            // Checked again: the link may have been used, revoked or outlived while the password was hashed.
            Acceptable acceptable = acceptable(command.token());
            Invitation invitation = acceptable.invitation();
            User user = users.add(User.customer(UserId.random(), invitation.email(), name, Optional.empty(), hash,
                    clock.instant()));
            return join(acceptable, user);
        });
    }

    @Override
    public Registration acceptAs(String token, UserId signedIn) {
        return transactions.inTransaction(() -> {
            Acceptable acceptable = acceptable(token);
            User user = users.find(signedIn)
                    .filter(account -> account.email().equals(acceptable.invitation().email()))
                    .orElseThrow(() -> DomainException.forbidden(InvitationErrorCode.REGISTRATION_OTHER_ACCOUNT,
                            "This invitation is for another email address than the account signed in."));
            requireFreeToJoin(user);
            return join(acceptable, user);
        });
    }

    /** Makes the user a member with the invited role and uses the link up. */
    private Registration join(Acceptable acceptable, User user) {
        Invitation invitation = acceptable.invitation();
        Instant now = clock.instant();
        Role role = roles.find(invitation.role()).filter(Role::isAssignableToMembers).orElseThrow(() ->
                DomainException.conflict(InvitationErrorCode.ROLE_UNAVAILABLE,
                        "The role of this invitation can no longer be given to members; ask for a new invitation."));
        Member member = members.add(Member.join(MemberId.random(), acceptable.company(), user, role, now));
        Invitation accepted = invitations.update(invitation.accept(acceptable.company(), member.id(), now));
        history.record(Actor.of(user.id()), accepted, "invitation.accepted");
        return new Registration(user.id(), member.id(), member.companyId());
    }

    /** The pending invitation of a token, with its company; refuses links that cannot be used. */
    private Acceptable acceptable(String token) {
        if (!RegistrationTokens.isWellFormed(token)) {
            throw DomainException.notFound(InvitationErrorCode.NOT_FOUND);
        }
        Invitation invitation = invitations.findByFingerprint(tokens.fingerprintOf(token))
                .orElseThrow(() -> DomainException.notFound(InvitationErrorCode.NOT_FOUND));
        Company company = companies.find(invitation.companyId()).orElseThrow(() -> DomainException.notFound(InvitationErrorCode.NOT_FOUND));
        invitation.requireAcceptable(company, clock.instant());
        return new Acceptable(invitation, company);
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

    private record Acceptable(Invitation invitation, Company company) {}
}
