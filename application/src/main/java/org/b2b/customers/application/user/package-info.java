/**
 * The use cases of users: logging in (and the API's bearer tokens: issue, resolve, revoke), creating staff and
 * customer users, listing them and the pool.
 */
package org.b2b.customers.application.user;
