package org.b2b.customers.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerGroupTest {

    @ParameterizedTest
    @ValueSource(strings = {"wholesale-eu", "retail", "tier_2", "9to5"})
    void an_identifier_is_lower_case_letters_digits_dashes_and_underscores(String identifier) {
        assertThat(group(identifier).identifier()).isEqualTo(identifier);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wholesale", "wholesale eu", "-retail", "_retail", "großhandel", "retail!"})
    void any_other_identifier_is_refused(String identifier) {
        assertThatThrownBy(() -> group(identifier))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("identifier");
                    assertThat(e.errors().get(0).code()).isEqualTo("invalid_identifier");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Großhandel Süd|grosshandel-sud", "  Retail & Co. |retail-co", "Café №1|cafe-1", "Служба|group", "!!!|group"})
    void a_name_gives_an_identifier_that_a_group_accepts(String name, String identifier) {
        assertThat(CustomerGroup.identifierFor(name)).isEqualTo(identifier);
        assertThat(group(CustomerGroup.identifierFor(name)).identifier()).isEqualTo(identifier);
    }

    @Test
    void an_identifier_from_a_long_name_leaves_room_for_a_number_that_makes_it_unique() {
        String identifier = CustomerGroup.identifierFor("a".repeat(300));
        assertThat(identifier).hasSize(56);
        assertThat(group(identifier + "-1000000").identifier()).hasSize(64);
    }

    @Test
    void an_identifier_has_at_most_64_characters() {
        assertThat(group("a".repeat(64)).identifier()).hasSize(64);
        assertThatThrownBy(() -> group("a".repeat(65))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_group_needs_a_name() {
        assertThatThrownBy(() -> CustomerGroup.create(CustomerGroupId.random(), "retail", " ", rate("0")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("name"));
    }

    @Test
    void a_new_group_starts_at_version_one_and_keeps_its_identifier_when_changed() {
        CustomerGroup group = group("wholesale-eu");

        CustomerGroup changed = group.withName("Wholesale Europe").withGlobalPriceRate(rate("-7.5"));

        assertThat(group.version()).isEqualTo(1);
        assertThat(changed.identifier()).isEqualTo("wholesale-eu");
        assertThat(changed.name()).isEqualTo("Wholesale Europe");
        assertThat(changed.globalPriceRate()).isEqualTo(rate("-7.50"));
    }

    private static CustomerGroup group(String identifier) {
        return CustomerGroup.create(CustomerGroupId.random(), identifier, "Wholesale", rate("-5"));
    }

    private static PriceRate rate(String percent) {
        return new PriceRate(new BigDecimal(percent));
    }
}
