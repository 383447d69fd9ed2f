package org.b2b.customers.application.member;

import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.support.TokenRevocation;
import org.b2b.customers.application.support.UseCaseSupport;

/** The use cases of a company's members, wired to their ports. */
public final class MemberUseCases {

    private final MemberQueriesService queries;
    private final AddMemberService add;
    private final UpdateMemberService update;
    private final RemoveMemberService remove;
    private final AssignContactPersonService assignContactPerson;

    public MemberUseCases(UseCaseSupport support, DrivenPorts ports) {
        queries = new MemberQueriesService(support.transactions(), support.access(), support.validation(),
                ports.members(), ports.users());
        add = new AddMemberService(support.transactions(), support.access(), support.validation(), ports.members(),
                ports.users(), ports.roles(), support.history(), support.clock());
        update = new UpdateMemberService(support.transactions(), support.access(), support.validation(), ports.members(),
                ports.users(), ports.roles(), support.history(), new TokenRevocation(ports.accessTokens(), ports.members()));
        remove = new RemoveMemberService(support.transactions(), support.access(), ports.members(), ports.users(),
                support.history(), new TokenRevocation(ports.accessTokens(), ports.members()));
        assignContactPerson = new AssignContactPersonService(support.transactions(), support.access(),
                support.validation(), ports.companies(), ports.members(), ports.users(), ports.addressBooks(),
                support.history(), support.clock());
    }

    public GetMemberUseCase get() {
        return queries;
    }

    public ListMembersUseCase list() {
        return queries;
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
