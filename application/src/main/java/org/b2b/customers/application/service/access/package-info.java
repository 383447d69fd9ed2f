/** Who the acting user is in terms of policies, the checks every use case makes, and explaining decisions. */
package org.b2b.customers.application.service.access;
