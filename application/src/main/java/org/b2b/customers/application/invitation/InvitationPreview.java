package org.b2b.customers.application.invitation;

import java.util.List;

/** The answer to a preview of a bulk invitation: what each line would become, in the order of the lines. */
public record InvitationPreview(List<PreviewLine> lines) {

    public InvitationPreview {
        lines = List.copyOf(lines);
    }
}
