package org.b2b.customers.application.member;

import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.Changes;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.member.MemberErrorCode;
import org.b2b.customers.domain.member.MemberStatus;
import org.b2b.customers.domain.shared.Choice;
import org.b2b.customers.domain.shared.PlainText;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.PhoneNumber;
import org.b2b.customers.domain.user.User;

/**
 * Edits a member: name and phone on their user, role and status on their membership, both in one transaction.
 * The membership's version is the member's version for callers, so it moves on with every change, a change of
 * name included, and an If-Match on a member catches every concurrent edit made through here.
 */
final class UpdateMemberService implements UpdateMemberUseCase {

    private final UseCaseSupport support;
    private final CompanyMembers members;
    private final Users users;
    private final CompanyRoles roles;

    UpdateMemberService(UseCaseSupport support, CompanyMembers members, Users users, CompanyRoles roles) {
        this.support = support;
        this.members = members;
        this.users = users;
        this.roles = roles;
    }

    @Override
    public MemberView update(Actor actor, UpdateMemberCommand command) {
        return support.asCaller(actor, caller -> {
            Company company = caller.company(command.companyId(), Permission.MEMBER_EDIT);
            Member member = members.of(company, command.memberId());
            command.expectedVersion().check(member.version(), MemberErrorCode.STALE_VERSION);
            User user = members.userOf(member);
            var errors = support.validation().errorsOf(command);
            String firstName = command.firstName().map(f -> errors.check(() -> PlainText.require("firstName", f,
                    PersonName.MAX_LENGTH))).orElse(user.name().firstName());
            String lastName = command.lastName().map(l -> errors.check(() -> PlainText.require("lastName", l,
                    PersonName.MAX_LENGTH))).orElse(user.name().lastName());
            Optional<PhoneNumber> phone = command.phone().map(p -> p.isBlank() ? Optional.<PhoneNumber>empty()
                    : errors.check(() -> Optional.of(new PhoneNumber(p)))).orElse(user.phone());
            Optional<Role> role = command.role().map(r -> roles.assignable(errors, r, caller.subject()));
            Optional<MemberStatus> status = command.status().map(s -> errors.check(() -> Choice.parse(MemberStatus.class, "status", s)));
            errors.throwIfAny();

            Member changed = member;
            if (role.isPresent() && !role.get().identifier().equals(member.role())) {
                changed = changed.withRole(role.get());
            }
            if (status.isPresent() && status.get() != member.status()) {
                changed = status.get() == MemberStatus.DISABLED ? changed.disable(company) : changed.enable();
            }
            PersonName name = new PersonName(firstName, lastName);
            User changedUser = name.equals(user.name()) && phone.equals(user.phone()) ? user : user.withContact(name, phone);
            if (changed == member && changedUser == user) {
                return MemberView.of(member, user);
            }
            Member stored = members.update(actor, member, changed);
            User storedUser = changedUser == user ? user : users.update(changedUser);
            support.history().companyChange(actor, company.id(), "member.updated", differences(member, user, stored, storedUser));
            return MemberView.of(stored, storedUser);
        });
    }

    private static Map<String, String> differences(Member before, User userBefore, Member after, User userAfter) {
        return new Changes()
                .with("memberId", before.id().toString())
                .with("email", userBefore.email().value())
                .compare("firstName", userBefore.name().firstName(), userAfter.name().firstName())
                .compare("lastName", userBefore.name().lastName(), userAfter.name().lastName())
                .compare("phone", userBefore.phone().map(PhoneNumber::value).orElse(""),
                        userAfter.phone().map(PhoneNumber::value).orElse(""))
                .compare("role", before.role().value(), after.role().value())
                .compare("status", before.status().name(), after.status().name())
                .details();
    }
}
