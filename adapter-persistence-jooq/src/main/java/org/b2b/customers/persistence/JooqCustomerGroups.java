package org.b2b.customers.persistence;

import static org.b2b.customers.persistence.schema.Tables.CUSTOMER_GROUPS;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.b2b.customers.application.port.out.CustomerGroups;
import org.b2b.customers.domain.group.CustomerGroup;
import org.b2b.customers.domain.group.CustomerGroupErrorCode;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.group.PriceRate;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.persistence.schema.tables.records.CustomerGroupsRecord;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Customer groups, identifiers unique. */
final class JooqCustomerGroups implements CustomerGroups {

    private final JooqTransactions transactions;

    JooqCustomerGroups(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public CustomerGroup add(CustomerGroup group) {
        Supplier<RuntimeException> taken = () -> DomainException.conflict(CustomerGroupErrorCode.IDENTIFIER_TAKEN,
                "A customer group " + group.identifier() + " exists already.");
        try {
            transactions.dsl().insertInto(CUSTOMER_GROUPS)
                    .set(CUSTOMER_GROUPS.ID, group.id().value())
                    .set(CUSTOMER_GROUPS.IDENTIFIER, group.identifier())
                    .set(CUSTOMER_GROUPS.NAME, group.name())
                    .set(CUSTOMER_GROUPS.GLOBAL_PRICE_RATE, group.globalPriceRate().percent())
                    .set(CUSTOMER_GROUPS.VERSION, group.version())
                    .execute();
        } catch (DataAccessException e) {
            throw Constraints.translate(e, Map.of("customer_groups_identifier_unique", taken, "customer_groups_pk", taken));
        }
        return group;
    }

    @Override
    public CustomerGroup update(CustomerGroup group) {
        DSLContext dsl = transactions.dsl();
        int updated = dsl.update(CUSTOMER_GROUPS)
                .set(CUSTOMER_GROUPS.NAME, group.name())
                .set(CUSTOMER_GROUPS.GLOBAL_PRICE_RATE, group.globalPriceRate().percent())
                .set(CUSTOMER_GROUPS.VERSION, group.version() + 1)
                .where(CUSTOMER_GROUPS.ID.eq(group.id().value()).and(CUSTOMER_GROUPS.VERSION.eq(group.version())))
                .execute();
        if (updated == 0) {
            throw Versions.refusal(dsl.fetchExists(CUSTOMER_GROUPS, CUSTOMER_GROUPS.ID.eq(group.id().value())),
                    CustomerGroupErrorCode.STALE_VERSION, CustomerGroupErrorCode.NOT_FOUND);
        }
        return group.atVersion(group.version() + 1);
    }

    @Override
    public Optional<CustomerGroup> find(CustomerGroupId id) {
        return transactions.dsl().selectFrom(CUSTOMER_GROUPS).where(CUSTOMER_GROUPS.ID.eq(id.value()))
                .fetchOptional().map(JooqCustomerGroups::group);
    }

    @Override
    public List<CustomerGroup> all() {
        return transactions.dsl().selectFrom(CUSTOMER_GROUPS)
                .orderBy(CUSTOMER_GROUPS.NAME, CUSTOMER_GROUPS.IDENTIFIER)
                .fetch(JooqCustomerGroups::group);
    }

    private static CustomerGroup group(CustomerGroupsRecord r) {
        return new CustomerGroup(new CustomerGroupId(r.getId()), r.getIdentifier(), r.getName(),
                new PriceRate(r.getGlobalPriceRate()), r.getVersion());
    }
}
