/** Questions about access itself: whether a user may do something, and which role and policy decide it. */
package org.b2b.customers.application.access;
