package org.b2b.customers.application.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.domain.access.UserScope;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.user.PhoneNumber;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserType;

/** Builds user views, which name a member's company and company role. */
final class UserViews {

    private final Members members;

    UserViews(Members members) {
        this.members = members;
    }

    UserView of(User user) {
        return of(user, members.findByUser(user.id()));
    }

    /** The user with their membership, already read (see {@link org.b2b.customers.application.port.out.Principal}). */
    static UserView of(User user, Optional<Member> member) {
        List<String> roles = new ArrayList<>();
        user.staffRoles().stream().map(RoleIdentifier::value).sorted().forEach(roles::add);
        member.ifPresent(m -> {
            roles.add(m.role().value());
            roles.add(RoleIdentifier.CORPORATE_ACCESS.value());
        });
        return new UserView(user.id(), user.email().value(), user.name().firstName(), user.name().lastName(),
                user.phone().map(PhoneNumber::value), user.type(), roles, member.map(Member::companyId), false);
    }

    /** The user as this scope lets a caller see them: a staff user by name only unless it shows staff in full. */
    static UserView of(Users.WithMembership listed, UserScope scope) {
        User user = listed.user();
        if (user.type() == UserType.STAFF && !scope.staffInFull()) {
            return new UserView(user.id(), null, user.name().firstName(), user.name().lastName(), Optional.empty(),
                    user.type(), List.of(), Optional.empty(), true);
        }
        return of(user, listed.membership());
    }
}
