/** What the services of every feature share: the caller and its checks, validation, history, cursors, revocation. */
package org.b2b.customers.application.support;
