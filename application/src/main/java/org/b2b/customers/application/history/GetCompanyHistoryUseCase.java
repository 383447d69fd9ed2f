package org.b2b.customers.application.history;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;

/** Pages through every change to a company, its members, invitations, addresses and orders, newest first. */
public interface GetCompanyHistoryUseCase {

    Page<HistoryEntryView> history(Actor actor, CompanyHistoryQuery query);
}
