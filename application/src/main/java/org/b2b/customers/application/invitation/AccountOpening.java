package org.b2b.customers.application.invitation;

import org.b2b.customers.application.port.out.PasswordHasher;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.PasswordChoice;

/** What opening an account through a link takes: the users, the password rules, and the hashing of the one chosen. */
record AccountOpening(Users users, PasswordChoice passwords, PasswordHasher hasher) {}
