package org.b2b.customers.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.b2b.customers.domain.company.TaxId;
import org.junit.jupiter.api.Test;

class DemoTaxIdsTest {

    @Test
    void the_check_digits_are_those_of_real_vat_numbers() {
        assertThat(DemoTaxIds.germanCheck("13669597")).isEqualTo(6);            // DE136695976
        assertThat(DemoTaxIds.austrianCheck("1358562")).isEqualTo(7);           // ATU13585627
        assertThat(DemoTaxIds.luhn("30326504")).isEqualTo(5);                   // SIREN 303265045
        assertThat(DemoTaxIds.frenchKey(303_265_045L)).isEqualTo(40);           // FR40303265045
        assertThat(DemoTaxIds.luhn("0074311015")).isEqualTo(7);                 // IT00743110157
        assertThat(DemoTaxIds.dutchCheck("00449544")).isEqualTo(5);             // NL004495445B01
        assertThat(DemoTaxIds.belgianCheck("04287594")).isEqualTo(97);          // BE0428759497
        assertThat(DemoTaxIds.polishCheck("526025027")).isEqualTo(4);           // PL5260250274
        assertThat(DemoTaxIds.danishCheck("1358562")).isEqualTo(8);             // DK13585628
    }

    @Test
    void every_running_number_gives_a_different_vat_number_of_the_country_format() {
        for (DemoCountry country : DemoCountry.ALL) {
            List<String> numbers = LongStream.range(0, 100).mapToObj(country.taxIds()::apply).toList();

            assertThat(numbers).doesNotHaveDuplicates().allSatisfy(number -> {
                assertThat(number).startsWith(country.code());
                assertThat(new TaxId(number).value()).isEqualTo(number);
            });
        }
    }
}
