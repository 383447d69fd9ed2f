/** The services that implement the use cases, and what they share: command validation, history, cursors. */
package org.b2b.customers.application.service;
