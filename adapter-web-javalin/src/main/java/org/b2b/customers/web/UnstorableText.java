package org.b2b.customers.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import org.b2b.customers.domain.shared.StorableText;

/**
 * A JSON string of a request body that holds what no text may ({@link StorableText}): a NUL, or an unpaired
 * surrogate, which JSON's {@code \\uD800} escapes can spell although no UTF-8 can. Jackson adds the path of the
 * field on its way out, so that {@link Problems} answers invalid input naming it.
 */
final class UnstorableText extends JsonMappingException {

    private UnstorableText(JsonParser parser) {
        super(parser, StorableText.MESSAGE);
    }

    /** Every string of every request body, as Jackson reads strings, then checked. */
    static final class Strings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (!StorableText.isStorable(text)) {
                throw new UnstorableText(parser);
            }
            return text;
        }
    }
}
