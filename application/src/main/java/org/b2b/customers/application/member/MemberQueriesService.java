package org.b2b.customers.application.member;

import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.member.GetMemberUseCase;
import org.b2b.customers.application.member.ListMembersQuery;
import org.b2b.customers.application.member.ListMembersUseCase;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.CommandValidation;
import org.b2b.customers.application.support.Cursors;
import org.b2b.customers.application.support.AccessControl;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.member.Member;

/** Reads a company's members: one by id, or a page of them in the order they joined. */
final class MemberQueriesService implements GetMemberUseCase, ListMembersUseCase {

    private final Transactions transactions;
    private final AccessControl access;
    private final CommandValidation validation;
    private final Members members;
    private final CompanyMembers companyMembers;
    private final MemberViews views;

    MemberQueriesService(Transactions transactions, AccessControl access, CommandValidation validation,
            Members members, Users users) {
        this.transactions = transactions;
        this.access = access;
        this.validation = validation;
        this.members = members;
        this.companyMembers = new CompanyMembers(members);
        this.views = new MemberViews(users);
    }

    @Override
    public MemberView get(Actor actor, CompanyId companyId, MemberId memberId) {
        return transactions.inTransaction(() -> {
            Company company = access.caller(actor).company(companyId, Permission.MEMBER_VIEW);
            return views.of(companyMembers.of(company, memberId));
        });
    }

    @Override
    public Page<MemberView> list(Actor actor, ListMembersQuery query) {
        return transactions.inTransaction(() -> {
            Company company = access.caller(actor).company(query.companyId(), Permission.MEMBER_VIEW);
            var errors = validation.errorsOf(query);
            Optional<Members.Key> after = errors.check(() -> Cursors.decode(query.page().cursor(), 2,
                    parts -> new Members.Key(Instant.parse(parts.get(0)), MemberId.parse("cursor", parts.get(1)))));
            errors.throwIfAny();
            Slice<Member> slice = members.listByCompany(company.id(), after, query.page().limit());
            Optional<String> next = slice.hasMore()
                    ? Optional.of(Cursors.encode(slice.last().joinedAt(), slice.last().id()))
                    : Optional.empty();
            return new Page<>(slice.items().stream().map(views::of).toList(), next);
        });
    }
}
