/** Demo data for a database without companies, made through the use cases; {@link DemoData} is the way in. */
package org.b2b.customers.bootstrap.demo;
