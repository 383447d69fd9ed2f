/** Setting up an installation: the built-in roles and the first administrator. */
package org.b2b.customers.application.installation;
