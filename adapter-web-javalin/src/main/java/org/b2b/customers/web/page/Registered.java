package org.b2b.customers.web.page;

/** The confirmation after a registration: the company joined and the email to log in with. */
public record Registered(String companyName, String email) {}
