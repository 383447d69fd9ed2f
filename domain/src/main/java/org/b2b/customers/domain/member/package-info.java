/** Members: customer users in a company, with their company role and whether they may act. */
package org.b2b.customers.domain.member;
