package org.b2b.customers.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The three files of one kind of mail: {@code <name>.subject.txt}, {@code <name>.txt} and {@code <name>.html}. They
 * come with the adapter (under {@code mail/} on the class path); a deployer may put changed copies in a directory of
 * their own, and each file found there wins.
 */
final class MailTemplate {

    private final TemplateText subject;
    private final TemplateText text;
    private final TemplateText html;

    private MailTemplate(TemplateText subject, TemplateText text, TemplateText html) {
        this.subject = subject;
        this.text = text;
        this.html = html;
    }

    /**
     * Reads the files of the named mail and checks that they show only the values such a mail has, so that a typo
     * in a changed template stops the server at start rather than every mail later. The subject may show only the
     * subject's values, which leave out the names customers choose.
     */
    static MailTemplate load(String name, Optional<Path> overrides, Set<String> values, Set<String> subjectValues) {
        MailTemplate template = new MailTemplate(file(name + ".subject.txt", overrides),
                file(name + ".txt", overrides), file(name + ".html", overrides));
        for (TemplateText part : new TemplateText[] {template.subject, template.text, template.html}) {
            Set<String> unknown = part.placeholders();
            unknown.removeAll(values);
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("the mail template " + part.name() + " shows " + unknown
                        + ", which a mail of this kind does not have; it has " + values);
            }
        }
        Set<String> unfit = template.subject.placeholders();
        unfit.removeAll(subjectValues);
        if (!unfit.isEmpty()) {
            throw new IllegalArgumentException("the mail template " + template.subject.name() + " shows " + unfit
                    + " in the subject, where names customers choose are not shown; a subject may show " + subjectValues);
        }
        return template;
    }

    TemplateText subject() {
        return subject;
    }

    TemplateText text() {
        return text;
    }

    TemplateText html() {
        return html;
    }

    private static TemplateText file(String fileName, Optional<Path> overrides) {
        Optional<Path> override = overrides.map(directory -> directory.resolve(fileName)).filter(Files::isRegularFile);
        try {
            if (override.isPresent()) {
                return new TemplateText(override.get().toString(), Files.readString(override.get(), StandardCharsets.UTF_8));
            }
            try (InputStream in = MailTemplate.class.getResourceAsStream("/mail/" + fileName)) {
                if (in == null) {
                    throw new IllegalArgumentException("there is no mail template mail/" + fileName);
                }
                return new TemplateText("mail/" + fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mail template " + fileName, e);
        }
    }
}
