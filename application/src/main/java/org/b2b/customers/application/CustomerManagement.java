package org.b2b.customers.application;

import jakarta.validation.Validator;
import org.b2b.customers.application.access.AccessUseCases;
import org.b2b.customers.application.address.AddressUseCases;
import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.company.CompanyUseCases;
import org.b2b.customers.application.group.CustomerGroupUseCases;
import org.b2b.customers.application.history.HistoryUseCases;
import org.b2b.customers.application.installation.InstallationUseCases;
import org.b2b.customers.application.invitation.InvitationUseCases;
import org.b2b.customers.application.mail.MailUseCases;
import org.b2b.customers.application.member.MemberUseCases;
import org.b2b.customers.application.order.OrderUseCases;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.port.out.PasswordScreen;
import org.b2b.customers.application.role.RoleUseCases;
import org.b2b.customers.application.support.AccessControl;
import org.b2b.customers.application.support.CommandValidation;
import org.b2b.customers.application.support.HistoryRecorder;
import org.b2b.customers.application.support.PasswordChoice;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.application.user.UserUseCases;

/**
 * Every use case, wired once to one set of driven ports and handed out feature by feature. Adapters on the driving
 * side (HTTP, tests, an embedding application) take the features they need from here.
 */
public final class CustomerManagement {

    private final InstallationUseCases installation;
    private final UserUseCases users;
    private final CustomerGroupUseCases customerGroups;
    private final CompanyUseCases companies;
    private final MemberUseCases members;
    private final AddressUseCases addresses;
    private final OrderUseCases orders;
    private final HistoryUseCases history;
    private final RoleUseCases roles;
    private final AccessUseCases access;
    private final InvitationUseCases invitations;
    private final MailUseCases mail;

    /** The password screen refuses easily guessed passwords wherever someone sets one. */
    public CustomerManagement(DrivenPorts ports, Settings settings, Validator validator, PasswordScreen passwordScreen) {
        var support = new UseCaseSupport(ports.transactions(),
                new AccessControl(ports.principals(), ports.companies(), ports.roles(), ports.clock()),
                new CommandValidation(validator), new HistoryRecorder(ports.history(), ports.clock()), ports.clock());
        var passwords = new PasswordChoice(passwordScreen, ports.passwordHasher());
        installation = new InstallationUseCases(support, ports, passwords);
        users = new UserUseCases(support, ports, passwords, settings);
        customerGroups = new CustomerGroupUseCases(support, ports);
        companies = new CompanyUseCases(support, ports);
        members = new MemberUseCases(support, ports);
        addresses = new AddressUseCases(support, ports);
        orders = new OrderUseCases(support, ports);
        history = new HistoryUseCases(support, ports);
        roles = new RoleUseCases(support, ports);
        access = new AccessUseCases(support);
        invitations = new InvitationUseCases(support, ports, passwords, settings);
        mail = new MailUseCases(support, ports, settings);
    }

    public InstallationUseCases installation() {
        return installation;
    }

    public UserUseCases users() {
        return users;
    }

    public CustomerGroupUseCases customerGroups() {
        return customerGroups;
    }

    public CompanyUseCases companies() {
        return companies;
    }

    public MemberUseCases members() {
        return members;
    }

    public AddressUseCases addresses() {
        return addresses;
    }

    public OrderUseCases orders() {
        return orders;
    }

    public HistoryUseCases history() {
        return history;
    }

    public RoleUseCases roles() {
        return roles;
    }

    public AccessUseCases access() {
        return access;
    }

    public InvitationUseCases invitations() {
        return invitations;
    }

    public MailUseCases mail() {
        return mail;
    }
}
