package org.b2b.customers.web.api;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.b2b.customers.web.FormFields;
import org.b2b.customers.web.RequestRefused;
import org.b2b.customers.web.WebServer;

/**
 * Reads a {@code multipart/form-data} upload: one file, at most {@link WebServer#MAX_UPLOAD_BYTES}, and one text
 * field.
 */
final class Uploads {

    private Uploads() {}

    /** An uploaded file (null when the form has none) and a text field. */
    record Upload(byte[] file, Optional<String> field) {}

    static Upload read(Context ctx, String fileName, String fieldName) throws IOException {
        if (!ctx.isMultipartFormData()) {
            throw RequestRefused.of(415, "unsupported-media-type", "Unsupported media type",
                    "Send the file as multipart/form-data, in a part named " + fileName + ".", "request.not_multipart");
        }
        FormFields form = FormFields.read(ctx, fileName).requireStorable();
        Optional<String> field = Optional.ofNullable(form.value(fieldName));
        Optional<UploadedFile> file = form.file(fileName);
        if (file.isEmpty()) {
            return new Upload(null, field);
        }
        try (InputStream content = file.get().content()) {
            return new Upload(content.readNBytes((int) WebServer.MAX_UPLOAD_BYTES + 1), field);
        }
    }
}
