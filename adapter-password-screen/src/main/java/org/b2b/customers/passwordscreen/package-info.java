/** The password screen on zxcvbn: an estimate of the guesses an attacker needs, with its advice in English. */
package org.b2b.customers.passwordscreen;
