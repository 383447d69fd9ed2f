/** What the use cases of every feature share on the driving side: the actor, paging, expected versions, the installation's settings. */
package org.b2b.customers.application.common;
