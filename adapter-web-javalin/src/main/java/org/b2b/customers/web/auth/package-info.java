/**
 * Authentication of API requests: reading the bearer token of a request into the acting user, and slowing down
 * password guessing at login. Authorization is not here: the use cases decide what the acting user may do.
 */
package org.b2b.customers.web.auth;
