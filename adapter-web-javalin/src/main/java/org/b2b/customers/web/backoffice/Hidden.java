package org.b2b.customers.web.backoffice;

/** A hidden field of a form: what a page carries unseen to the next post. */
public record Hidden(String name, String value) {}
