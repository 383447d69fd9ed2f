/**
 * The JSON API under {@code /api/v1}: one routes class per area, each handler a thin translation — read the
 * request into a use case's command, call that one use case, write its view as the contract's JSON. Request
 * reading shared by all areas (bodies, path ids, paging, ETags) lives beside them; business rules never do.
 */
package org.b2b.customers.web.api;
