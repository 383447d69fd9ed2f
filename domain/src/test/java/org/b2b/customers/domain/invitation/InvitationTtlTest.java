package org.b2b.customers.domain.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InvitationTtlTest {

    @Test
    void an_invitation_is_valid_for_seven_days_by_default() {
        assertThat(InvitationTtl.DEFAULT.duration()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void an_invitation_is_valid_for_at_most_thirty_days() {
        assertThat(new InvitationTtl(Duration.ofDays(30)).duration()).isEqualTo(InvitationTtl.MAXIMUM);
        assertThatThrownBy(() -> new InvitationTtl(Duration.ofDays(30).plusSeconds(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("invitationTtl");
                    assertThat(e.errors().get(0).code()).isEqualTo("out_of_range");
                });
    }

    @Test
    void an_invitation_is_valid_for_at_least_a_minute() {
        assertThat(new InvitationTtl(Duration.ofMinutes(1)).duration()).isEqualTo(Duration.ofMinutes(1));
        assertThatThrownBy(() -> new InvitationTtl(Duration.ofSeconds(59))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new InvitationTtl(Duration.ofDays(-7))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_time_is_read_as_an_iso_8601_duration() {
        assertThat(InvitationTtl.parse("P14D").duration()).isEqualTo(Duration.ofDays(14));
        assertThat(InvitationTtl.parse("PT36H").duration()).isEqualTo(Duration.ofHours(36));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"7 days", "7", "P1W", "P7X"})
    void text_that_is_not_a_duration_is_refused(String text) {
        assertThatThrownBy(() -> InvitationTtl.parse(text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("invitationTtl");
                    assertThat(e.errors().get(0).code()).isEqualTo("invalid_duration");
                });
    }

    @Test
    void a_duration_out_of_range_is_refused_when_parsed() {
        assertThatThrownBy(() -> InvitationTtl.parse("P31D"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("out_of_range"));
    }
}
