/** The services behind the roles and policies use cases of the Admin panel. */
package org.b2b.customers.application.service.role;
