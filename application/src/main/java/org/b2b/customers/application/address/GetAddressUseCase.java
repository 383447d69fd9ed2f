package org.b2b.customers.application.address;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.company.CompanyId;

/** Reads one address of a company's book, with the version an edit of it names. */
public interface GetAddressUseCase {

    AddressView get(Actor actor, CompanyId companyId, AddressId addressId);
}
