/** The use cases of users: logging in, creating staff and customer users, listing them and the pool. */
package org.b2b.customers.application.port.in.user;
