/** Password hashers, the implementations of the password hashing port that ship with the library. */
package org.b2b.customers.application.service.security;
