package org.b2b.customers.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.history.HistoryEntryId;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.order.OrderId;
import org.b2b.customers.domain.user.UserId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every typed id reads only the canonical UUID form, and names the field it came from when it cannot. */
class IdParsingTest {

    private static final String CANONICAL = "123e4567-e89b-12d3-a456-426614174000";
    /** {@link java.util.UUID#fromString} alone reads this as 23e4567e-089b-…, a different id. */
    private static final String MISPLACED_DASHES = "123e4567e-89b-12d3-a456-426614174000";

    static Stream<Arguments> ids() {
        return Stream.of(
                Arguments.of("CompanyId", (BiFunction<String, String, Object>) CompanyId::parse),
                Arguments.of("UserId", (BiFunction<String, String, Object>) UserId::parse),
                Arguments.of("MemberId", (BiFunction<String, String, Object>) MemberId::parse),
                Arguments.of("InvitationId", (BiFunction<String, String, Object>) InvitationId::parse),
                Arguments.of("AddressId", (BiFunction<String, String, Object>) AddressId::parse),
                Arguments.of("CustomerGroupId", (BiFunction<String, String, Object>) CustomerGroupId::parse),
                Arguments.of("OrderId", (BiFunction<String, String, Object>) OrderId::parse),
                Arguments.of("HistoryEntryId", (BiFunction<String, String, Object>) HistoryEntryId::parse));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void an_id_reads_back_its_own_text(String type, BiFunction<String, String, Object> parse) {
        assertThat(parse.apply("id", CANONICAL)).hasToString(CANONICAL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void an_id_is_only_read_from_the_canonical_form(String type, BiFunction<String, String, Object> parse) {
        assertThatThrownBy(() -> parse.apply("memberId", MISPLACED_DASHES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("memberId", "invalid_id", "must be a UUID")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void a_missing_or_garbled_id_is_refused_naming_the_field(String type, BiFunction<String, String, Object> parse) {
        for (String text : new String[] {null, "", "42", "not-a-uuid"}) {
            assertThatThrownBy(() -> parse.apply("contactPersonId", text))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors().get(0).field()).isEqualTo("contactPersonId"));
        }
    }
}
