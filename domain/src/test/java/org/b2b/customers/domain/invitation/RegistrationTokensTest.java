package org.b2b.customers.domain.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class RegistrationTokensTest {

    private final RegistrationTokens tokens = new RegistrationTokens(RegistrationTokens.newKey());

    @Test
    void a_token_is_43_base64url_characters_carrying_256_bits() {
        String token = tokens.tokenFor(tokens.issue());

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(RegistrationTokens.isWellFormed(token)).isTrue();
    }

    @Test
    void every_issued_secret_is_new() {
        assertThat(tokens.issue()).isNotEqualTo(tokens.issue());
        assertThat(tokens.tokenFor(tokens.issue())).isNotEqualTo(tokens.tokenFor(tokens.issue()));
    }

    @Test
    void the_link_can_be_rebuilt_from_the_stored_secret() {
        InvitationSecret secret = tokens.issue();

        assertThat(tokens.tokenFor(secret)).isEqualTo(tokens.tokenFor(secret));
        assertThat(tokens.tokenFor(new InvitationSecret(secret.seed(), secret.fingerprint())))
                .isEqualTo(tokens.tokenFor(secret));
    }

    @Test
    void the_fingerprint_of_the_token_finds_the_stored_secret() {
        InvitationSecret secret = tokens.issue();

        assertThat(tokens.fingerprintOf(tokens.tokenFor(secret))).isEqualTo(secret.fingerprint());
        assertThat(tokens.fingerprintOf(tokens.tokenFor(tokens.issue()))).isNotEqualTo(secret.fingerprint());
    }

    @Test
    void what_is_stored_is_not_the_token() {
        InvitationSecret secret = tokens.issue();
        String token = tokens.tokenFor(secret);

        assertThat(secret.seed()).isNotEqualTo(token);
        assertThat(secret.fingerprint()).isNotEqualTo(token);
        assertThat(tokens.fingerprintOf(secret.seed())).isNotEqualTo(secret.fingerprint());
        assertThat(tokens.fingerprintOf(secret.fingerprint())).isNotEqualTo(secret.fingerprint());
    }

    @Test
    void a_database_copy_without_the_key_cannot_produce_the_token() {
        InvitationSecret stored = tokens.issue();
        RegistrationTokens otherKey = new RegistrationTokens(RegistrationTokens.newKey());

        String guessed = otherKey.tokenFor(stored);

        assertThat(guessed).isNotEqualTo(tokens.tokenFor(stored));
        assertThat(otherKey.fingerprintOf(guessed)).isNotEqualTo(stored.fingerprint());
    }

    @Test
    void the_same_key_derives_the_same_token_in_another_process() {
        byte[] key = RegistrationTokens.newKey();
        InvitationSecret secret = new RegistrationTokens(key).issue();

        assertThat(new RegistrationTokens(key).tokenFor(secret)).isEqualTo(new RegistrationTokens(key).tokenFor(secret));
    }

    @Test
    void the_key_has_at_least_256_bits() {
        assertThat(RegistrationTokens.newKey()).hasSize(32);
        assertThatThrownBy(() -> new RegistrationTokens(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_key_cannot_be_changed_from_outside_afterwards() {
        byte[] key = RegistrationTokens.newKey();
        RegistrationTokens fromKey = new RegistrationTokens(key);
        InvitationSecret secret = fromKey.issue();
        String before = fromKey.tokenFor(secret);

        key[0] ^= 1;

        assertThat(fromKey.tokenFor(secret)).isEqualTo(before);
    }

    @Test
    void only_43_base64url_characters_are_well_formed() {
        assertThat(RegistrationTokens.isWellFormed("A".repeat(43))).isTrue();
        assertThat(RegistrationTokens.isWellFormed("-_" + "a".repeat(41))).isTrue();
        assertThat(RegistrationTokens.isWellFormed(null)).isFalse();
        assertThat(RegistrationTokens.isWellFormed("")).isFalse();
        assertThat(RegistrationTokens.isWellFormed("A".repeat(42))).isFalse();
        assertThat(RegistrationTokens.isWellFormed("A".repeat(44))).isFalse();
        assertThat(RegistrationTokens.isWellFormed("+/" + "a".repeat(41))).isFalse();
        assertThat(RegistrationTokens.isWellFormed("=" + "a".repeat(42))).isFalse();
        assertThat(RegistrationTokens.isWellFormed("ä" + "a".repeat(42))).isFalse();
    }

    @Test
    void a_secret_never_shows_itself_in_text() {
        InvitationSecret secret = tokens.issue();

        assertThat(secret.toString()).doesNotContain(secret.seed()).doesNotContain(secret.fingerprint());
    }

    @Test
    void a_secret_carries_256_bits() {
        assertThatThrownBy(() -> new InvitationSecret("short", "A".repeat(43))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InvitationSecret("A".repeat(43), "short")).isInstanceOf(IllegalArgumentException.class);
    }
}
