/** The services behind the user use cases, logging in included. */
package org.b2b.customers.application.service.user;
