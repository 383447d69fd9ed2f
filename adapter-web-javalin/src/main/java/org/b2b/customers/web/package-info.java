/** The HTTP API and HTML pages on Javalin (see issue 5). */
package org.b2b.customers.web;
