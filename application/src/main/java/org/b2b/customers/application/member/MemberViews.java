package org.b2b.customers.application.member;

import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.user.User;

/** Builds member views, which need the member's user for name, email and phone. */
final class MemberViews {

    private final Users users;

    MemberViews(Users users) {
        this.users = users;
    }

    MemberView of(Member member) {
        return MemberView.of(member, userOf(member));
    }

    /** The member's user; storage keeps every member's user, so a missing one is broken data, not a caller's error. */
    User userOf(Member member) {
        return users.find(member.userId())
                .orElseThrow(() -> new IllegalStateException(member + " has no user " + member.userId()));
    }
}
