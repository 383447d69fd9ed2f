package org.b2b.customers.web.page;

/**
 * One thing wrong with a form, in the visitor's words: the field it is about (the id of its input, empty for the
 * form as a whole) and the message, already in the page's language.
 */
public record FormError(String field, String message) {

    public boolean aboutAField() {
        return !field.isEmpty();
    }
}
