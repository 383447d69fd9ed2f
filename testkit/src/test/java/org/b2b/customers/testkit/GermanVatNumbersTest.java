package org.b2b.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.b2b.customers.domain.company.TaxId;
import org.junit.jupiter.api.Test;

class GermanVatNumbersTest {

    @Test
    void the_check_digit_is_that_of_iso_7064_mod_11_10() {
        assertThat(GermanVatNumbers.of(2_345_678)).isEqualTo("DE123456788");
        assertThat(GermanVatNumbers.of(0)).isEqualTo("DE100000008");
    }

    @Test
    void every_serial_gives_a_different_valid_tax_id_in_the_order_of_the_serials() {
        List<String> numbers = IntStream.of(0, 1, 2, 9, 10, 99, 12_345, 999_999, 1_000_000, 89_999_999)
                .mapToObj(GermanVatNumbers::of).toList();

        assertThat(numbers).doesNotHaveDuplicates().isSorted()
                .allSatisfy(n -> assertThat(TaxId.parse("taxId", n).value()).isEqualTo(n));
    }

    @Test
    void a_serial_beyond_eight_digits_is_refused() {
        assertThatThrownBy(() -> GermanVatNumbers.of(90_000_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GermanVatNumbers.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
