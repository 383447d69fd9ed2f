package org.b2b.customers.application.history;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;

/**
 * Pages through every change to a company, its members, invitations, addresses and orders, newest first; or through
 * the changes of one kind. A kind not in {@link CompanyHistoryQuery#KINDS} is invalid input, not an empty page.
 */
public interface GetCompanyHistoryUseCase {

    Page<HistoryEntryView> history(Actor actor, CompanyHistoryQuery query);
}
