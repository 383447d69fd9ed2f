/** The services behind the address-book use cases; they keep each type's default and record every change. */
package org.b2b.customers.application.service.address;
