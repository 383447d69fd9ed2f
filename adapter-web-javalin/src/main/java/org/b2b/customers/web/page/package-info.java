/**
 * The server-rendered HTML pages, starting with the registration page that invitation links open; the Customer
 * Portal grows here. Pages are JTE templates (src/main/jte) precompiled at build time, rendered from the records of
 * this package, and sent with the security headers of {@link org.b2b.customers.web.page.Pages}.
 */
package org.b2b.customers.web.page;
