/** The driving ports, one interface per use case with its command and view records, and what all of them share. */
package org.b2b.customers.application.port.in;
