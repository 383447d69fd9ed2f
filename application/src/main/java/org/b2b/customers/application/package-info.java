/** The use cases of customer management behind ports, and their hand wiring to one set of driven ports. */
package org.b2b.customers.application;
