package org.b2b.customers.application.company;

import org.b2b.customers.application.common.Actor;

/**
 * The Back Office's company directory: each company the caller may see with the names a person reads, filtered,
 * sorted, paged both ways, and how many match.
 */
public interface BrowseCompaniesUseCase {

    CompanyDirectory browse(Actor actor, BrowseCompaniesQuery query);
}
