package org.b2b.customers.web.api;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.Optional;
import org.b2b.customers.application.invitation.FileContent;
import org.b2b.customers.web.FormFields;
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
        FormFields form = FormFields.read(ctx, fileName).requireStorable();
        Optional<UploadedFile> file = form.file(fileName);
        return new Upload(file.<FileContent>map(part -> part::content).orElse(null),
                Optional.ofNullable(form.value(fieldName)));
    }
}
