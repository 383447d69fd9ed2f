package org.b2b.customers.application.member;

import org.b2b.customers.application.company.CompanyViews;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.support.TokenRevocation;
import org.b2b.customers.application.support.UseCaseSupport;

/** The use cases of a company's members, wired to their ports. */
public final class MemberUseCases {

    private final GetMemberService get;
    private final ListMembersService list;
    private final AddMemberService add;
    private final UpdateMemberService update;
    private final RemoveMemberService remove;
    private final AssignContactPersonService assignContactPerson;

    public MemberUseCases(UseCaseSupport support, DrivenPorts ports) {
        MemberViews views = new MemberViews(ports.users());
        CompanyMembers members = new CompanyMembers(ports.members(), views,
                new TokenRevocation(ports.accessTokens(), ports.members()));
        CompanyRoles roles = new CompanyRoles(ports.roles());
        get = new GetMemberService(support, members, views);
        list = new ListMembersService(support, ports.members());
        add = new AddMemberService(support, ports.members(), ports.users(), roles);
        update = new UpdateMemberService(support, members, ports.users(), roles);
        remove = new RemoveMemberService(support, members);
        assignContactPerson = new AssignContactPersonService(support, ports.companies(), members,
                new CompanyViews(ports.addressBooks()));
    }

    public GetMemberUseCase get() {
        return get;
    }

    public ListMembersUseCase list() {
        return list;
    }
    public AddMemberUseCase add() {
        return add;
    }

    public UpdateMemberUseCase update() {
        return update;
    }

    public RemoveMemberUseCase remove() {
        return remove;
    }

    public AssignContactPersonUseCase assignContactPerson() {
        return assignContactPerson;
    }
}
