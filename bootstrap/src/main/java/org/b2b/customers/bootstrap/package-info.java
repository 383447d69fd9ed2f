/** Configuration, hand wiring of adapters to use cases, and the runnable server. */
package org.b2b.customers.bootstrap;
