/** What the use cases of every feature share: the actor, paging, expected versions, the installation's settings. */
package org.b2b.customers.application.common;
