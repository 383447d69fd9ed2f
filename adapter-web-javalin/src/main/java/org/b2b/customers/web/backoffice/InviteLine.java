package org.b2b.customers.web.backoffice;

import java.util.ArrayList;
import java.util.List;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.web.FormFields;

/**
 * One person to invite as the user gave them: where the line comes from ({@code row}, {@code paste} or {@code file}),
 * its number there, and the email and role as written (a role's identifier or its name). Pages carry lines from one
 * post to the next as hidden fields {@code <prefix>.<n>.<part>}.
 */
public record InviteLine(String source, int number, String email, String role) {

    static final List<String> SOURCES = List.of("row", "paste", "file");

    /** The lines a form carries under this prefix, up to the most one invitation may hold; anything else is none. */
    static List<InviteLine> read(FormFields form, String prefix) {
        List<InviteLine> lines = new ArrayList<>();
        for (int n = 1; n <= InviteMembersCommand.MAX_INVITATIONS; n++) {
            String email = form.value(prefix + "." + n + ".email");
            if (email == null) {
                break;
            }
            String source = form.value(prefix + "." + n + ".source");
            lines.add(new InviteLine(SOURCES.contains(source) ? source : "row",
                    numberOf(form.value(prefix + "." + n + ".number")), email,
                    blankIfNull(form.value(prefix + "." + n + ".role"))));
        }
        return lines;
    }

    /** The hidden fields that carry this line as the {@code n}th under the prefix. */
    List<Hidden> hidden(String prefix, int n) {
        String name = prefix + "." + n + ".";
        return List.of(new Hidden(name + "source", source), new Hidden(name + "number", Integer.toString(number)),
                new Hidden(name + "email", email), new Hidden(name + "role", role));
    }

    private static int numberOf(String text) {
        try {
            return text == null ? 0 : Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
