package org.b2b.customers.application.member;

import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.member.MemberStatus;
import org.b2b.customers.domain.user.PhoneNumber;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;

/**
 * A member as callers see it: the person (from their user) and their place in the company (from the membership).
 * {@code version} is the membership's, which every change made through the member use cases moves on.
 */
public record MemberView(
        MemberId id, CompanyId companyId, UserId userId, String email, String firstName, String lastName,
        Optional<String> phone, String role, MemberStatus status, Instant joinedAt, long version) {

    public static MemberView of(Member member, User user) {
        if (!member.userId().equals(user.id())) {
            throw new IllegalArgumentException("the user " + user.id() + " is not the one of " + member);
        }
        return new MemberView(member.id(), member.companyId(), user.id(), user.email().value(),
                user.name().firstName(), user.name().lastName(), user.phone().map(PhoneNumber::value),
                member.role().value(), member.status(), member.joinedAt(), member.version());
    }
}
