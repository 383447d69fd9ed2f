/** Users with a login, staff or customer, and the values they are made of: email, name, phone and password. */
package org.b2b.customers.domain.user;
