package org.b2b.customers.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.testkit.contract.PortContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What autocommitted work saves and what it gives up, against a transaction doing the same. */
class AutoCommitOnH2Test extends PortContract {

    @RegisterExtension
    final TestDatabase database = TestDatabase.h2EachTest();

    @Override
    protected DrivenPorts ports() {
        return database.ports();
    }

    @Test
    void a_read_without_a_transaction_is_one_round_trip_where_a_transaction_adds_its_commit() {
        Company company = given().company();
        Transactions transactions = database.ports().transactions();

        assertThat(database.roundTripsOf(() -> transactions.autoCommitted(() ->
                database.ports().companies().find(company.id())))).isEqualTo(1);
        assertThat(database.roundTripsOf(() -> transactions.inTransaction(() ->
                database.ports().companies().find(company.id())))).isEqualTo(2);
    }

    @Test
    void a_write_without_a_transaction_stays_when_the_work_fails_after_it() {
        User representative = given().salesRepresentative();
        Transactions transactions = database.ports().transactions();
        User renamed = representative.withContact(new PersonName("Kept", "Anyway"), representative.phone());

        assertThatThrownBy(() -> transactions.autoCommitted(() -> {
            database.ports().users().update(renamed);
            throw new IllegalStateException("after the write");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(transactions.inTransaction(() -> database.ports().users().find(representative.id())))
                .hasValueSatisfying(user -> assertThat(user.name().firstName()).isEqualTo("Kept"));
    }
}
