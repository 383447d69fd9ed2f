/**
 * The driving ports of a company's members: listing them, adding users from the pool, editing, disabling and
 * removing them, and choosing the company's contact person among them; with their commands and views.
 */
package org.b2b.customers.application.member;
