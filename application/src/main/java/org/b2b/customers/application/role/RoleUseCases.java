package org.b2b.customers.application.role;

import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.support.UseCaseSupport;

/** The use cases of roles and the permission catalogue, wired to their ports. */
public final class RoleUseCases {

    private final RoleQueriesService queries;
    private final CreateRoleService create;
    private final UpdateRoleService update;

    public RoleUseCases(UseCaseSupport support, DrivenPorts ports) {
        queries = new RoleQueriesService(support.transactions(), support.access(), ports.roles());
        create = new CreateRoleService(support.transactions(), support.access(), support.validation(), ports.roles(),
                support.history());
        update = new UpdateRoleService(support.transactions(), support.access(), support.validation(), ports.roles(),
                support.history());
    }

    public ListRolesUseCase list() {
        return queries;
    }

    public GetRoleUseCase get() {
        return queries;
    }

    public ListPermissionsUseCase permissions() {
        return queries;
    }

    public CreateRoleUseCase create() {
        return create;
    }

    public UpdateRoleUseCase update() {
        return update;
    }
}
