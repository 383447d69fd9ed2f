/**
 * Users with a login, staff or customer, and the values they are made of: email, name, phone, password and the
 * identifiers of the roles that staff users and members hold.
 */
package org.b2b.customers.domain.user;
