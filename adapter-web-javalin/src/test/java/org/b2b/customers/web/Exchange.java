package org.b2b.customers.web;

/** A request a test sent, by method and raw path (without the query), and the reply it got. */
public record Exchange(String method, String path, Reply reply) {

    @Override
    public String toString() {
        return method + " " + path + " → " + reply.status();
    }
}
