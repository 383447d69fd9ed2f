/** What the services of every feature share: the caller and its access checks, validation, history, cursors, token revocation. */
package org.b2b.customers.application.support;
