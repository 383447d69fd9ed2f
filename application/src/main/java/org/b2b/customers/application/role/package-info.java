/** The use cases of the Admin panel's Roles screen: roles, their policies and the permission catalogue. */
package org.b2b.customers.application.role;
