package org.b2b.customers.application.member;

import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.application.support.Cursors;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.MemberId;

/** Lists a company's members a page at a time, in the order they joined. */
final class ListMembersService implements ListMembersUseCase {

    private final UseCaseSupport support;
    private final Members members;

    ListMembersService(UseCaseSupport support, Members members) {
        this.support = support;
        this.members = members;
    }

    @Override
    public Page<MemberView> list(Actor actor, ListMembersQuery query) {
        return support.readingAsCaller(actor, caller -> {
            Company company = caller.company(query.companyId(), Permission.MEMBER_VIEW);
            var errors = support.validation().errorsOf(query);
            Optional<Members.Key> after = errors.check(() -> Cursors.decode(query.page().cursor(), 2,
                    parts -> new Members.Key(Instant.parse(parts.get(0)), MemberId.parse("cursor", parts.get(1)))));
            errors.throwIfAny();
            Slice<Members.WithUser> slice = members.listWithUsers(company.id(), after, query.page().limit());
            Optional<String> next = slice.hasMore()
                    ? Optional.of(Cursors.encode(slice.last().member().joinedAt(), slice.last().member().id()))
                    : Optional.empty();
            return new Page<>(slice.items().stream().map(m -> MemberView.of(m.member(), m.user())).toList(), next);
        });
    }
}
