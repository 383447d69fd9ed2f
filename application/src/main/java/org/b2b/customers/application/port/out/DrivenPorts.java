package org.b2b.customers.application.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import org.b2b.customers.application.port.out.AccessTokens;
import org.b2b.customers.application.port.out.AddressBooks;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.CustomerGroups;
import org.b2b.customers.application.port.out.History;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.LoginFailures;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Orders;
import org.b2b.customers.application.port.out.Outbox;
import org.b2b.customers.application.port.out.PasswordHasher;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.port.out.Users;

/** Everything the use cases need from outside, as one adapter set (in memory, or jOOQ and SMTP) provides it. */
public record DrivenPorts(
        Transactions transactions,
        Companies companies,
        Users users,
        Members members,
        Invitations invitations,
        AddressBooks addressBooks,
        CustomerGroups customerGroups,
        Roles roles,
        Orders orders,
        History history,
        Outbox outbox,
        AccessTokens accessTokens,
        Principals principals,
        LoginFailures loginFailures,
        PasswordHasher passwordHasher,
        Clock clock) {

    public DrivenPorts {
        requireNonNull(transactions);
        requireNonNull(companies);
        requireNonNull(users);
        requireNonNull(members);
        requireNonNull(invitations);
        requireNonNull(addressBooks);
        requireNonNull(customerGroups);
        requireNonNull(roles);
        requireNonNull(orders);
        requireNonNull(history);
        requireNonNull(outbox);
        requireNonNull(accessTokens);
        requireNonNull(principals);
        requireNonNull(loginFailures);
        requireNonNull(passwordHasher);
        requireNonNull(clock);
    }
}
