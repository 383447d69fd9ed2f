package org.b2b.customers.web.backoffice;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyUseCases;
import org.b2b.customers.application.invitation.FileContent;
import org.b2b.customers.application.invitation.InvitableRole;
import org.b2b.customers.application.invitation.InvitationOutcome;
import org.b2b.customers.application.invitation.InvitationPreview;
import org.b2b.customers.application.invitation.InvitationReport;
import org.b2b.customers.application.invitation.InvitationUseCases;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.invitation.PreviewLine;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.web.page.Choice;
import org.b2b.customers.web.page.FormError;
import org.b2b.customers.web.page.Messages;
import org.b2b.customers.web.page.Pages;
import org.b2b.customers.web.page.Paths;
import org.b2b.customers.web.page.SignedInArea;
import org.b2b.customers.web.page.SignedInPage.Request;

/**
 * Inviting members to a company, in the Invitations tab, without a line of script: typed rows (one more with each
 * "add another row"), a pasted list and a file, all previewed line by line with the outcome each would have, then
 * sent exactly as previewed, with a report line by line and the failed lines to download. Every post carries the
 * whole draft, so nothing typed is lost on the way.
 */
final class InvitePages {

    private static final String FORM = "backoffice/invite-form.jte";
    private static final String PREVIEW = "backoffice/invite-preview.jte";
    private static final String REPORT = "backoffice/invite-report.jte";
    private static final String TAB = "invitations";
    /** The role rows start with: the one that grants least, where the inviter may give it. */
    private static final String FIRST_ROLE = "company_buyer";
    /** Longer file names are cut: the name is only shown, as a reminder of which file was read. */
    private static final int MAX_FILE_NAME = 200;
    /** Cells are quoted only where they must be, so that a plain line reads as the user typed it. */
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    /** Lines end as spreadsheets write them. */
    private static final CsvSchema FAILED_LINES = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private final CompanyUseCases companies;
    private final InvitationUseCases invitations;
    private final Pages pages;

    InvitePages(CompanyUseCases companies, InvitationUseCases invitations, Pages pages) {
        this.companies = companies;
        this.invitations = invitations;
        this.pages = pages;
    }

    void install(SignedInArea area) {
        String base = Paths.COMPANIES + "/{id}/invitations";
        area.get(base + "/new", CompanyPages.SECTION, this::blank);
        area.post(base + "/new", CompanyPages.SECTION, this::edit);
        area.post(base + "/preview", CompanyPages.SECTION, this::preview);
        area.post(base, CompanyPages.SECTION, this::send);
        area.post(base + "/failed-lines", CompanyPages.SECTION, this::failedLines);
    }

    private void blank(Request request) {
        CompanyId id = CompanyPages.companyIdOf(request);
        List<InvitableRole> roles = roles(request, id);
        showForm(request, 200, id, InviteDraft.empty(firstRole(roles)), roles, List.of());
    }

    /** Back from a preview, or a new row, or another file: the same form with every value kept. */
    private void edit(Request request) {
        CompanyId id = CompanyPages.companyIdOf(request);
        List<InvitableRole> roles = roles(request, id);
        List<FieldError> errors = new ArrayList<>();
        InviteDraft draft = withUpload(request, InviteDraft.of(request.form(), firstRole(roles)), errors);
        if (request.form().value("addRow") != null) {
            draft = draft.withRow(firstRole(roles));
        }
        if (request.form().value("removeFile") != null) {
            draft = draft.withoutFile();
        }
        showForm(request, errors.isEmpty() ? 200 : 422, id, draft, roles, errors);
    }

    private void preview(Request request) {
        CompanyId id = CompanyPages.companyIdOf(request);
        Actor actor = request.session().actor();
        List<InvitableRole> roles = roles(request, id);
        List<FieldError> errors = new ArrayList<>();
        InviteDraft draft = withUpload(request, InviteDraft.of(request.form(), firstRole(roles)), errors);
        List<InviteLine> lines = new ArrayList<>(draft.rowLines());
        lines.addAll(pasted(draft, errors));
        lines.addAll(draft.fileLines());
        if (errors.isEmpty() && lines.isEmpty()) {
            errors.add(new FieldError("email.1", "nothing", "names nobody"));
        }
        if (!errors.isEmpty()) {
            showForm(request, 422, id, draft, roles, errors);
            return;
        }
        InvitationPreview preview;
        try {
            preview = invitations.preview().preview(actor, command(id, lines));
        } catch (InvalidInputException e) {
            showForm(request, 422, id, draft, roles, List.of(new FieldError("paste", "too_many_lines", "too many")));
            return;
        }
        List<CheckedLine> checked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PreviewLine line = preview.lines().get(i);
            checked.add(checked(lines.get(i), line.email(), line.role().orElse(lines.get(i).role()), line.outcome(),
                    roles, request.m()));
        }
        render(request, 200, PREVIEW, id, new InvitePreview(id, draft, checked));
    }

    /** Sends exactly the lines the preview showed, carried in its hidden fields. */
    private void send(Request request) {
        CompanyId id = CompanyPages.companyIdOf(request);
        List<InvitableRole> roles = roles(request, id);
        List<InviteLine> lines = InviteLine.read(request.form(), "line");
        if (lines.isEmpty()) {
            showForm(request, 422, id, InviteDraft.of(request.form(), firstRole(roles)), roles,
                    List.of(new FieldError("email.1", "nothing", "names nobody")));
            return;
        }
        InvitationReport report = invitations.invite().invite(request.session().actor(), command(id, lines));
        List<CheckedLine> checked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            var result = report.results().get(i);
            checked.add(checked(lines.get(i), result.email(), lines.get(i).role(), result.outcome(), roles,
                    request.m()));
        }
        render(request, 200, REPORT, id, new InviteReport(id, checked));
    }

    /**
     * The failed lines of a report as a file to fix and upload again: {@code email,role} a line, without a byte order
     * mark, as the invitation file reader takes it.
     */
    private void failedLines(Request request) throws IOException {
        CompanyId id = CompanyPages.companyIdOf(request);
        roles(request, id);
        StringWriter csv = new StringWriter();
        try (SequenceWriter rows = CSV.writerFor(List.class).with(FAILED_LINES).writeValues(csv)) {
            for (InviteLine line : InviteLine.read(request.form(), "failed")) {
                rows.write(line.role().isBlank() ? List.of(SpreadsheetCell.of(line.email()))
                        : List.of(SpreadsheetCell.of(line.email()), SpreadsheetCell.of(line.role())));
            }
        }
        request.ctx().header("Content-Disposition", "attachment; filename=\"failed-invitations.csv\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .contentType("text/csv; charset=utf-8")
                .result(csv.toString());
    }

    /** The draft with the lines of a file just uploaded, if one was; a file that cannot be read is an error. */
    private InviteDraft withUpload(Request request, InviteDraft draft, List<FieldError> errors) {
        Optional<UploadedFile> upload = request.form().file("file")
                .filter(file -> file.size() > 0 || !InviteLine.blankIfNull(file.filename()).isBlank());
        if (upload.isEmpty()) {
            return draft;
        }
        try {
            List<InviteLine> lines = invitations.preview().lines(upload.get()::content).stream()
                    .map(line -> new InviteLine("file", line.number(), line.email(), line.role().orElse("")))
                    .toList();
            return draft.withFile(fileName(upload.get().filename()), lines);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return draft.withoutFile();
        }
    }

    /** The lines of the pasted text, read as a file is; what cannot be read is an error of the paste box. */
    private List<InviteLine> pasted(InviteDraft draft, List<FieldError> errors) {
        if (draft.paste().isBlank()) {
            return List.of();
        }
        try {
            return invitations.preview().lines(FileContent.of(draft.paste().getBytes(UTF_8))).stream()
                    .map(line -> new InviteLine("paste", line.number(), line.email(), line.role().orElse("")))
                    .toList();
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> errors.add(new FieldError("paste", error.code(), error.message())));
            return List.of();
        }
    }

    private static InviteMembersCommand command(CompanyId id, List<InviteLine> lines) {
        return new InviteMembersCommand(id, lines.stream().map(line -> new Invitee(line.email(), line.role()))
                .toList());
    }

    /** A line with its outcome; a line that names no role at all is told so rather than "unknown role". */
    private static CheckedLine checked(InviteLine line, String email, String role, InvitationOutcome outcome,
            List<InvitableRole> roles, Messages m) {
        String key = outcome == InvitationOutcome.UNKNOWN_ROLE && line.role().isBlank() ? "NO_ROLE" : outcome.name();
        return new CheckedLine(line, email, roleLabel(role, roles, m), key);
    }

    /** The name of the role written, by identifier or name as inviting finds it; else what was written. */
    private static String roleLabel(String written, List<InvitableRole> roles, Messages m) {
        String given = written.strip();
        return roles.stream().filter(role -> role.identifier().equals(given)).findFirst()
                .or(() -> roles.stream().filter(role -> role.name().equalsIgnoreCase(given)).findFirst())
                .map(role -> roleName(role, m)).orElse(given);
    }

    /** A built-in role in the page's language ({@code role.<identifier>}), as every other tab names it. */
    private static String roleName(InvitableRole role, Messages m) {
        String key = "role." + role.identifier();
        return m.has(key) ? m.text(key) : role.name();
    }

    /** The roles the user may give in this company; a company they may not invite to is not found. */
    private List<InvitableRole> roles(Request request, CompanyId id) {
        return invitations.preview().roles(request.session().actor(), id);
    }

    private static String firstRole(List<InvitableRole> roles) {
        return roles.stream().map(InvitableRole::identifier).filter(FIRST_ROLE::equals).findFirst()
                .orElse(roles.isEmpty() ? "" : roles.get(0).identifier());
    }

    private static String fileName(String name) {
        String shown = InviteLine.blankIfNull(name).codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return shown.length() > MAX_FILE_NAME ? shown.substring(0, MAX_FILE_NAME) : shown;
    }

    private void showForm(Request request, int status, CompanyId id, InviteDraft draft, List<InvitableRole> roles,
            List<FieldError> errors) {
        List<Choice> choices = roles.stream().map(role -> new Choice(role.identifier(), roleName(role, request.m())))
                .toList();
        render(request, status, FORM, id, new InviteForm(id, draft, choices, errors(request.m(), errors)));
    }

    private void render(Request request, int status, String template, CompanyId id, Object content) {
        pages.render(request.ctx(), status, template, request.frame(), new CompanyProfile<>(
                companies.get().get(request.session().actor(), id), TAB, content));
    }

    /** Errors in the page's words: {@code invite.error.<code>} names the field, else the use case's own words. */
    private static List<FormError> errors(Messages m, List<FieldError> errors) {
        List<FormError> shown = new ArrayList<>();
        for (FieldError error : errors) {
            if (shown.stream().anyMatch(e -> e.field().equals(error.field()))) {
                continue;
            }
            String label = m.text(error.field().equals("email.1") ? "invite.field.rows" : "invite.field."
                    + error.field());
            String key = "invite.error." + error.code();
            shown.add(new FormError(error.field(), m.has(key) ? m.text(key, label) : label + ": " + error.message()));
        }
        return shown;
    }
}
