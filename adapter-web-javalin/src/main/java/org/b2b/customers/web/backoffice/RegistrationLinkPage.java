package org.b2b.customers.web.backoffice;

/** The copy-link page of one pending invitation: whose it is, its registration link, and the way back. */
public record RegistrationLinkPage(String email, String url, String back) {}
