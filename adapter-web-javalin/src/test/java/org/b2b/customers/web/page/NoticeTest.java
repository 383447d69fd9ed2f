package org.b2b.customers.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.b2b.customers.domain.invitation.InvitationErrorCode;
import org.b2b.customers.domain.member.MemberErrorCode;
import org.b2b.customers.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/** A refused registration is explained in the visitor's language, whatever its error code. */
class NoticeTest {

    @Test
    void a_refusal_with_words_of_its_own_is_explained_by_them_in_either_language() {
        Notice notice = Notice.of(DomainException.conflict(MemberErrorCode.USER_IN_COMPANY, "English only."));

        for (Locale language : Messages.LANGUAGES) {
            assertThat(notice.messageKey(Messages.in(language)))
                    .isEqualTo("registration.notice.refused.member.user_in_company");
        }
    }

    @Test
    void a_refusal_without_words_of_its_own_gets_the_general_explanation_in_either_language() {
        Notice notice = Notice.of(DomainException.conflict(InvitationErrorCode.STALE_VERSION, "English only."));

        for (Locale language : Messages.LANGUAGES) {
            Messages m = Messages.in(language);
            assertThat(notice.status()).isEqualTo(409);
            assertThat(notice.messageKey(m)).isEqualTo("registration.notice.refused.message");
            assertThat(m.text(notice.messageKey(m))).isNotBlank().doesNotContain("English only");
        }
    }
}
