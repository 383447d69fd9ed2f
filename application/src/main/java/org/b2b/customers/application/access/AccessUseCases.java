package org.b2b.customers.application.access;

import org.b2b.customers.application.support.UseCaseSupport;

/** Questions about access, wired to their ports. */
public final class AccessUseCases {

    private final ExplainPermissionService explainPermission;

    public AccessUseCases(UseCaseSupport support) {
        explainPermission = new ExplainPermissionService(support);
    }

    public ExplainPermissionUseCase explainPermission() {
        return explainPermission;
    }
}
