/** The driven ports: what the use cases need from storage, mail and password hashing, implemented by adapters. */
package org.b2b.customers.application.port.out;
