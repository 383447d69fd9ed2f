package org.b2b.customers.application.role;

import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.support.UseCaseSupport;

/** The use cases of roles and the permission catalogue, wired to their ports. */
public final class RoleUseCases {

    private final ListRolesService list;
    private final GetRoleService get;
    private final ListPermissionsService permissions;
    private final CreateRoleService create;
    private final UpdateRoleService update;

    public RoleUseCases(UseCaseSupport support, DrivenPorts ports) {
        list = new ListRolesService(support, ports.roles());
        get = new GetRoleService(support, ports.roles());
        permissions = new ListPermissionsService(support);
        create = new CreateRoleService(support, ports.roles());
        update = new UpdateRoleService(support, ports.roles());
    }

    public ListRolesUseCase list() {
        return list;
    }

    public GetRoleUseCase get() {
        return get;
    }

    public ListPermissionsUseCase permissions() {
        return permissions;
    }

    public CreateRoleUseCase create() {
        return create;
    }

    public UpdateRoleUseCase update() {
        return update;
    }
}
