package org.b2b.customers.application.port.in.address;

import org.b2b.customers.application.port.in.Actor;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.company.CompanyId;

/** Reads one address of a company's book, with the version an edit of it names. */
public interface GetAddressUseCase {

    AddressView get(Actor actor, CompanyId companyId, AddressId addressId);
}
