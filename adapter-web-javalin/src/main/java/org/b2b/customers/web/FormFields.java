package org.b2b.customers.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.StorableText;

/**
 * A request's form, urlencoded or {@code multipart/form-data}, read once, where every route that takes a form reads
 * it. A form that cannot be read (a multipart body with no or another boundary, truncated, not multipart at all) is
 * a 400 and a file above {@link WebServer#MAX_UPLOAD_BYTES} a 413, never a server error. For a multipart body both
 * answers say that the connection closes: Jetty's multipart parser stops at the first error and fails the rest of
 * the body, which can then no longer be read, so Jetty closes the connection after the answer, and a client that is
 * not told would send its next request into a closed connection.
 */
public final class FormFields {

    private final Map<String, List<String>> fields;
    private final Map<String, List<UploadedFile>> files;

    private FormFields(Map<String, List<String>> fields, Map<String, List<UploadedFile>> files) {
        this.fields = fields;
        this.files = files;
    }

    /** Reads the request's form; the {@code fileField} names the part that a refused file is reported under. */
    public static FormFields read(Context ctx, String fileField) {
        try {
            return new FormFields(ctx.formParamMap(), ctx.uploadedFileMap());
        } catch (HttpResponseException e) {
            throw e; // a body above the server's limit, refused before it was read
        } catch (Exception e) {
            RequestRefused refusal = refusalOf(e, fileField);
            throw ctx.isMultipartFormData() ? refusal.closingTheConnection() : refusal;
        }
    }

    /** The first value of a text field, or null. */
    public String value(String name) {
        List<String> values = fields.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.get(0);
    }

    /** The first value of a text field, or blank: what a form shown again puts back into a field left out. */
    public String valueOrBlank(String name) {
        String value = value(name);
        return value == null ? "" : value;
    }

    /**
     * The version an edit started from, which its form sends back in the field {@code version}; 0 when the field is
     * missing or not a number, so that a tampered form gets the use case's answer rather than a server error.
     */
    public long version() {
        String text = value("version");
        try {
            return text == null ? 0 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The first file sent in a part of this name. */
    public Optional<UploadedFile> file(String name) {
        return files.getOrDefault(name, List.of()).stream().findFirst();
    }

    /** The text fields holding what no text may ({@link StorableText}), each named. */
    public List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        fields.forEach((name, values) -> {
            if (!values.stream().allMatch(StorableText::isStorable)) {
                errors.add(new FieldError(name, StorableText.CODE, StorableText.MESSAGE));
            }
        });
        return errors;
    }

    /** This form, or invalid input naming every field that holds what no text may. */
    public FormFields requireStorable() {
        List<FieldError> errors = errors();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return this;
    }

    /** Jetty refuses a form it cannot parse, or a part above the configured size, while it reads the form. */
    private static RequestRefused refusalOf(Exception e, String fileField) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).contains("max file size")) {
                return RequestRefused.tooLarge("request.upload_too_large", fileField,
                        "must be at most " + WebServer.MAX_UPLOAD_BYTES / (1024 * 1024) + " MiB");
            }
        }
        return RequestRefused.badRequest("request.malformed", "The body is not a form that can be read.",
                List.of(new Problem.FieldProblem("body", "must be a form: multipart/form-data with its boundary, "
                        + "or application/x-www-form-urlencoded")));
    }
}
