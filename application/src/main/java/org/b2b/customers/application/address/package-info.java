/**
 * The address-book use cases: listing and reading addresses, adding, replacing and removing them, and choosing the
 * default of each type, with the address lines as forms send them and the view callers get back.
 */
package org.b2b.customers.application.address;
