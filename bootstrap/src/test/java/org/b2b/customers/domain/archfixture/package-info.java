/**
 * Planted architecture violations, compiled with the tests only and never imported by the real architecture
 * test: they prove that the rules catch what they are meant to catch.
 */
package org.b2b.customers.domain.archfixture;
