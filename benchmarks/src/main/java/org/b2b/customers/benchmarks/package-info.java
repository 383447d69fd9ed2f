/**
 * Benchmarks of the speed goals of the issues, each measured against a raw baseline (plain JDBC, a bare Javalin
 * handler) in the same run, because this machine is shared and noisy and only ratios travel. They run from the
 * README's commands, never from {@code mvn verify}.
 */
package org.b2b.customers.benchmarks;
