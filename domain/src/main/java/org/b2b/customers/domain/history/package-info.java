/** The kept record of changes: who did what, when, and to which company. */
package org.b2b.customers.domain.history;
