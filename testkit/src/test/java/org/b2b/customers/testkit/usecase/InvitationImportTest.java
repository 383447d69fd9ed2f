package org.b2b.customers.testkit.usecase;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.b2b.customers.testkit.usecase.Refusals.assertRefused;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.FileContent;
import org.b2b.customers.application.invitation.ImportInvitationsCommand;
import org.b2b.customers.application.invitation.InvitationOutcome;
import org.b2b.customers.application.invitation.InvitationReport;
import org.b2b.customers.application.invitation.InvitationResult;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

class InvitationImportTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Actor admin = system.administrator();
    private final CompanyView company = data.company("Acme Industrial", data.salesRepresentative());

    @Test
    void a_csv_file_with_bom_header_and_crlf_is_invited_with_the_line_numbers_of_the_file() {
        String file = "\uFEFFemail,role\r\n"
                + "ann@buyer.example,company_admin\r\n"
                + "\r\n"
                + "not an email,company_buyer\r\n"
                + "bob@buyer.example\r\n"
                + "\"ANN@buyer.example\",company_buyer\r\n"
                + "carl@buyer.example,sales_representative\r\n";

        InvitationReport report = importFile(file, "company_buyer");

        assertThat(report.results()).extracting(InvitationResult::line, InvitationResult::email, InvitationResult::outcome)
                .containsExactly(
                        tuple(2, "ann@buyer.example", InvitationOutcome.INVITED),
                        tuple(4, "not an email", InvitationOutcome.INVALID_EMAIL),
                        tuple(5, "bob@buyer.example", InvitationOutcome.INVITED),
                        tuple(6, "ann@buyer.example", InvitationOutcome.DUPLICATE),
                        tuple(7, "carl@buyer.example", InvitationOutcome.UNKNOWN_ROLE));
        assertThat(useCases.invitations().list().list(admin, ListInvitationsQuery.all(company.id())).items())
                .extracting(InvitationView::email, InvitationView::role)
                .containsExactlyInAnyOrder(tuple("ann@buyer.example", "company_admin"), tuple("bob@buyer.example", "company_buyer"));
    }

    @Test
    void a_plain_list_invites_everyone_with_the_default_role() {
        InvitationReport report = importFile("ann@buyer.example\nbob@buyer.example\n", "company_admin");

        assertThat(report.results()).extracting(InvitationResult::outcome)
                .containsExactly(InvitationOutcome.INVITED, InvitationOutcome.INVITED);
        assertThat(useCases.invitations().list().list(admin, ListInvitationsQuery.all(company.id())).items())
                .extracting(InvitationView::role).containsOnly("company_admin");
    }

    @Test
    void lines_without_a_role_and_no_default_role_have_an_unknown_role() {
        InvitationReport report = importFile("ann@buyer.example\nbob@buyer.example,company_buyer\n", null);

        assertThat(report.results()).extracting(InvitationResult::outcome)
                .containsExactly(InvitationOutcome.UNKNOWN_ROLE, InvitationOutcome.INVITED);
    }

    @Test
    void an_unknown_default_role_refuses_the_file_on_the_field_role() {
        assertInvalid(() -> importFile("ann@buyer.example\n", "administrator"), "role", "unknown_role");
        assertThat(system.outbox().messages()).isEmpty();
    }

    @Test
    void a_file_over_four_mebibytes_is_refused_on_the_field_file_saying_the_limit() {
        byte[] big = new byte[ImportInvitationsCommand.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');

        assertThatThrownBy(() -> importFile(big, "company_buyer")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::code, FieldError::message)
                        .containsExactly(tuple("file", "too_large", "must be at most 4 MiB")));
    }

    @Test
    void a_file_of_ten_thousand_addresses_invites_each_with_one_mail_and_one_history_entry() {
        InvitationReport report = importFile(file(ImportInvitationsCommand.MAX_ADDRESSES), "company_buyer");

        assertThat(report.results()).hasSize(10_000).allMatch(r -> r.outcome() == InvitationOutcome.INVITED);
        assertThat(report.results()).extracting(InvitationResult::line, InvitationResult::email)
                .startsWith(tuple(2, "person0@buyer.example"), tuple(3, "person1@buyer.example"))
                .endsWith(tuple(10_001, "person9999@buyer.example"));
        assertThat(report.results()).extracting(r -> r.invitationId().orElseThrow()).doesNotHaveDuplicates();
        assertThat(system.outbox().messages()).hasSize(10_000)
                .extracting(m -> m.recipient().value()).doesNotHaveDuplicates();
        assertThat(system.ports().transactions().inTransaction(() -> system.ports().companies()
                .findOverview(company.id(), system.clock().instant())).orElseThrow().pendingInvitations())
                .isEqualTo(10_000);
        assertThat(createdEntries()).isEqualTo(10_000);
    }

    @Test
    void a_file_of_ten_thousand_and_one_addresses_is_refused_as_a_whole_naming_the_file() {
        assertThatThrownBy(() -> importFile(file(ImportInvitationsCommand.MAX_ADDRESSES + 1), "company_buyer"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code, FieldError::message)
                        .containsExactly(tuple("file", "too_many_lines", "must hold at most 10,000 email addresses")));
        assertThat(system.outbox().messages()).isEmpty();
        assertThat(createdEntries()).isZero();
    }

    @Test
    void a_stream_that_fails_half_way_refuses_the_whole_file_and_invites_nobody() {
        byte[] firstHalf = file(ImportInvitationsCommand.MAX_ADDRESSES / 2);
        FileContent failing = () -> new SequenceInputStream(new ByteArrayInputStream(firstHalf), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("the client went away");
            }
        });

        assertInvalid(() -> useCases.invitations().importFile().importFile(admin,
                ImportInvitationsCommand.of(company.id(), failing, "company_buyer")), "file", "unreadable");
        assertThat(system.outbox().messages()).isEmpty();
        assertThat(useCases.invitations().list().list(admin, ListInvitationsQuery.all(company.id())).items()).isEmpty();
    }

    @Test
    void a_file_longer_than_a_chunk_is_reported_line_by_line_in_its_own_order_across_chunks() {
        String member = useCases.users().currentUser().me(Actor.of(data.invitedMember(company, "company_buyer").userId())).email();
        useCases.invitations().invite().invite(admin, InviteMembersCommand.of(company.id(),
                new Invitee("expired.same@buyer.example", "company_buyer"),
                new Invitee("expired.other@buyer.example", "company_buyer")));
        system.clock().advance(Duration.ofDays(6));
        useCases.invitations().invite().invite(admin, InviteMembersCommand.of(company.id(),
                new Invitee("pending@buyer.example", "company_buyer")));
        system.clock().advance(Duration.ofDays(2));
        int mailsBefore = system.outbox().messages().size();
        // The lines' chunks of 500: file lines 2 to 501, 502 to 1001, and 1002 to 1200.
        Map<Integer, String> special = Map.of(
                499, "not an email",
                500, member,
                501, "pending@buyer.example",
                502, "person3@buyer.example",
                700, "expired.same@buyer.example,company_buyer",
                701, "expired.other@buyer.example,company_admin",
                999, "someone@buyer.example,no_such_role",
                1001, "PERSON3@buyer.example",
                1100, "person600@buyer.example");
        StringBuilder text = new StringBuilder("email,role\n");
        for (int line = 2; line <= 1200; line++) {
            text.append(special.getOrDefault(line, "person" + line + "@buyer.example")).append('\n');
        }

        InvitationReport report = importFile(text.toString(), "company_buyer");

        assertThat(report.results()).extracting(InvitationResult::line)
                .containsExactlyElementsOf(IntStream.rangeClosed(2, 1200).boxed().toList());
        Map<Integer, InvitationResult> byLine = report.results().stream()
                .collect(Collectors.toMap(InvitationResult::line, r -> r));
        assertThat(special.keySet().stream().sorted().map(byLine::get).toList())
                .extracting(InvitationResult::line, InvitationResult::email, InvitationResult::outcome)
                .containsExactly(
                        tuple(499, "not an email", InvitationOutcome.INVALID_EMAIL),
                        tuple(500, member, InvitationOutcome.ALREADY_MEMBER),
                        tuple(501, "pending@buyer.example", InvitationOutcome.ALREADY_INVITED),
                        tuple(502, "person3@buyer.example", InvitationOutcome.DUPLICATE),
                        tuple(700, "expired.same@buyer.example", InvitationOutcome.INVITED),
                        tuple(701, "expired.other@buyer.example", InvitationOutcome.INVITED),
                        tuple(999, "someone@buyer.example", InvitationOutcome.UNKNOWN_ROLE),
                        tuple(1001, "person3@buyer.example", InvitationOutcome.DUPLICATE),
                        tuple(1100, "person600@buyer.example", InvitationOutcome.DUPLICATE));
        long invited = report.results().stream().filter(r -> r.outcome() == InvitationOutcome.INVITED).count();
        assertThat(invited).isEqualTo(1199 - 7);
        assertThat(system.outbox().messages()).hasSize(mailsBefore + (int) invited);
        assertThat(system.ports().transactions().inTransaction(() -> system.ports().invitations().findOpen(company.id(),
                List.of(EmailAddress.of("expired.same@buyer.example"), EmailAddress.of("expired.other@buyer.example")))))
                .extracting(i -> i.email().value(), i -> i.role().value(), Invitation::sendCount,
                        i -> i.statusAt(system.clock().instant()))
                .containsExactlyInAnyOrder(
                        tuple("expired.same@buyer.example", "company_buyer", 2, InvitationStatus.PENDING),
                        tuple("expired.other@buyer.example", "company_admin", 1, InvitationStatus.PENDING));
    }

    @Test
    void a_binary_file_is_refused_on_the_field_file() {
        assertInvalid(() -> importFile(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}, "company_buyer"),
                "file", "not_utf8");
        assertInvalid(() -> importFile(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}, "company_buyer"), "file", "binary");
    }

    @Test
    void a_missing_file_is_invalid_input() {
        assertInvalid(() -> importFile((byte[]) null, "company_buyer"), "file", "required");
    }

    @Test
    void a_buyer_cannot_import_whatever_the_file_holds() {
        Actor buyer = Actor.of(data.invitedMember(company, "company_buyer").userId());

        assertRefused(() -> useCases.invitations().importFile().importFile(buyer,
                ImportInvitationsCommand.of(company.id(), new byte[] {0, 1, 2}, "company_buyer")),
                ErrorKind.FORBIDDEN, "access.denied");
    }

    /** A header, then that many new addresses, one a line. */
    private static byte[] file(int addresses) {
        StringBuilder file = new StringBuilder("email\n");
        for (int i = 0; i < addresses; i++) {
            file.append("person").append(i).append("@buyer.example\n");
        }
        return file.toString().getBytes(UTF_8);
    }

    private long createdEntries() {
        return system.ports().transactions().inTransaction(() -> system.ports().history()
                .listWithActors(company.id(), Optional.of("invitation.created"), Optional.empty(), 20_000).items()
                .size());
    }

    private InvitationReport importFile(String file, String role) {
        return importFile(file.getBytes(UTF_8), role);
    }

    private InvitationReport importFile(byte[] file, String role) {
        return useCases.invitations().importFile().importFile(admin, ImportInvitationsCommand.of(company.id(), file, role));
    }

    private static void assertInvalid(ThrowingCallable call, String field, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                .extracting(FieldError::field, FieldError::code).containsExactly(tuple(field, code)));
    }
}
