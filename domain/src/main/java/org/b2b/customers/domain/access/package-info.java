/** Roles, their policies and limitations, and the deny-by-default decisions made from them. */
package org.b2b.customers.domain.access;
