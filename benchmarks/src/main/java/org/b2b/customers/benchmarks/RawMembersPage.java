package org.b2b.customers.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The baseline of P7: a company's first page of members by plain JDBC, each joined with their user in the same
 * statement, in the order the members joined (the keyset order of the members repository), one more row read than
 * the page holds to know whether another page follows, as the repository does; mapped into plain objects.
 */
final class RawMembersPage {

    static final String MEMBERS_WITH_USERS = "select members.id, members.company_id, members.user_id, users.email,"
            + " users.first_name, users.last_name, users.phone, members.role_identifier, members.status,"
            + " members.joined_at, members.version"
            + " from members join users on users.id = members.user_id"
            + " where members.company_id = cast(? as uuid)"
            + " order by members.joined_at, members.id"
            + " limit ?";

    /** A member as the page shows them: the membership and the person. */
    record Member(UUID id, UUID companyId, UUID userId, String email, String firstName, String lastName, String phone,
            String role, String status, Instant joinedAt, long version) {}

    /** A page of members, and whether another follows. */
    record Page(List<Member> members, boolean hasMore) {}

    private final DataSource pool;

    RawMembersPage(DataSource pool) {
        this.pool = pool;
    }

    /** The company's first {@code size} members, in one statement without a transaction: one round trip. */
    Page firstPage(UUID companyId, int size) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(MEMBERS_WITH_USERS)) {
            statement.setObject(1, companyId);
            statement.setInt(2, size + 1);
            try (ResultSet result = statement.executeQuery()) {
                List<Member> members = new ArrayList<>(size + 1);
                while (result.next()) {
                    members.add(new Member(result.getObject(1, UUID.class), result.getObject(2, UUID.class),
                            result.getObject(3, UUID.class), result.getString(4), result.getString(5),
                            result.getString(6), result.getString(7), result.getString(8), result.getString(9),
                            result.getObject(10, OffsetDateTime.class).toInstant(), result.getLong(11)));
                }
                boolean hasMore = members.size() > size;
                return new Page(hasMore ? members.subList(0, size) : members, hasMore);
            }
        }
    }
}
