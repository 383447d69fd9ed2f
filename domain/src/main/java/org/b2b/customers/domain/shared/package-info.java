/** What every part of the domain shares: the error model and the checks on plain text. */
package org.b2b.customers.domain.shared;
