package org.b2b.customers.web.api;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.port.in.invitation.FileContent;
import org.b2b.customers.web.Problem;
import org.b2b.customers.web.RequestRefused;
import org.b2b.customers.web.WebServer;

/**
 * Reads a {@code multipart/form-data} upload: one file, at most {@link WebServer#MAX_UPLOAD_BYTES}, and one text
 * field. The file is handed on unread, as the part's own stream (Jetty keeps a large part in a temporary file), for
 * the use case to read as it goes.
 */
final class Uploads {

    private Uploads() {}

    /** An uploaded file's content (null when the form has none) and a text field. */
    record Upload(FileContent file, Optional<String> field) {}

    static Upload read(Context ctx, String fileName, String fieldName) {
        if (!ctx.isMultipartFormData()) {
            throw RequestRefused.of(415, "unsupported-media-type", "Unsupported media type",
                    "Send the file as multipart/form-data, in a part named " + fileName + ".", "request.not_multipart");
        }
        UploadedFile file;
        String field;
        try {
            file = ctx.uploadedFile(fileName);
            field = ctx.formParam(fieldName);
        } catch (Exception e) {
            throw refusalOf(e, fileName);
        }
        return new Upload(file == null ? null : file::content, Optional.ofNullable(field));
    }

    /** Jetty refuses a form it cannot parse, or a part above the configured size, while it reads the form. */
    private static RequestRefused refusalOf(Exception e, String fileName) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).contains("max file size")) {
                return RequestRefused.tooLarge("request.upload_too_large", fileName,
                        "must be at most " + WebServer.MAX_UPLOAD_BYTES / (1024 * 1024) + " MiB");
            }
        }
        return RequestRefused.badRequest("request.malformed", "The body is not a multipart/form-data form.",
                List.of(new Problem.FieldProblem("body", "must be a multipart/form-data form")));
    }
}
