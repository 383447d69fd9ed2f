/**
 * The services behind the member use cases. A member spans two aggregates — the user (name, email, phone) and the
 * membership (role, status) — and these services change both in one transaction.
 */
package org.b2b.customers.application.service.member;
