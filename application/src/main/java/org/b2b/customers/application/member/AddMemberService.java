package org.b2b.customers.application.member;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.member.MemberErrorCode;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;

/**
 * Adds a user from the pool to a company. An unknown user is invalid input on {@code userId}, as an unknown
 * customer group is on a company: the caller named something that does not exist.
 */
final class AddMemberService implements AddMemberUseCase {

    private final UseCaseSupport support;
    private final Members members;
    private final Users users;
    private final CompanyRoles roles;

    AddMemberService(UseCaseSupport support, Members members, Users users, CompanyRoles roles) {
        this.support = support;
        this.members = members;
        this.users = users;
        this.roles = roles;
    }

    @Override
    public MemberView add(Actor actor, AddMemberCommand command) {
        return support.asCaller(actor, caller -> {
            Company company = caller.company(command.companyId(), Permission.MEMBER_ADD);
            var errors = support.validation().errorsOf(command);
            UserId userId = errors.check(() -> UserId.parse("userId", command.userId()));
            Optional<User> user = userId == null ? Optional.empty() : users.find(userId);
            if (userId != null && user.isEmpty()) {
                errors.add("userId", "unknown_user", "is not an existing user");
            }
            Role role = roles.assignable(errors, command.role(), caller.subject());
            errors.throwIfAny();

            members.findByUser(userId).ifPresent(existing -> {
                throw DomainException.conflict(MemberErrorCode.USER_IN_COMPANY, existing.companyId().equals(company.id())
                        ? "The user is a member of this company already."
                        : "The user is a member of another company; remove them there first.");
            });
            Member member = members.add(Member.join(MemberId.random(), company, user.get(), role, support.clock().instant()));

            Map<String, String> details = new LinkedHashMap<>();
            details.put("memberId", member.id().toString());
            details.put("userId", userId.toString());
            details.put("email", user.get().email().value());
            details.put("role", role.identifier().value());
            support.history().companyChange(actor, company.id(), "member.added", details);
            return MemberView.of(member, user.get());
        });
    }
}
