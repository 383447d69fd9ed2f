package org.b2b.customers.web;

import io.javalin.http.Context;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies (addresses or CIDR ranges) whose {@code X-Forwarded-*} headers are believed. A request's client is
 * the peer of its connection, unless that peer is one of these: then it is the nearest address in the header that
 * is not one of them, since a client may put anything it likes further left. None are trusted by default, so that
 * nobody can choose the address their failed sign-ins are counted against.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /**
     * Reads a comma-separated list such as {@code 10.0.0.0/8, 192.168.1.7, ::1}; blank trusts none.
     *
     * @throws IllegalArgumentException naming the entry that is not an address or range
     */
    public static TrustedProxies parse(String list) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : list.split(",")) {
            String trimmed = entry.strip();
            if (!trimmed.isEmpty()) {
                ranges.add(Range.parse(trimmed));
            }
        }
        return new TrustedProxies(ranges);
    }

    /** The address failed sign-ins from this request are counted against. */
    public String clientOf(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        if (!trusts(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : ctx.req().getHeaders("X-Forwarded-For") == null ? List.<String>of()
                : Collections.list(ctx.req().getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!trusts(hop)) {
                // An entry that is no address is what a client wrote; the proxy that passed it on is the client then.
                return literal(hop) == null ? peer : hop;
            }
        }
        return peer;
    }

    /**
     * A header that only a proxy in front sets ({@code X-Forwarded-Host}, {@code X-Forwarded-Proto}): its value when
     * the connection comes from a trusted proxy, and empty from anyone else, who could write anything there.
     */
    public Optional<String> forwarded(Context ctx, String header) {
        return trusts(ctx.req().getRemoteAddr()) ? Optional.ofNullable(ctx.header(header)) : Optional.empty();
    }

    private boolean trusts(String address) {
        byte[] bytes = literal(address);
        return bytes != null && ranges.stream().anyMatch(range -> range.contains(bytes));
    }

    /** The bytes of an IP literal, or null for anything else; never a name lookup. */
    private static byte[] literal(String text) {
        if (text == null || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException("'" + entry + "' is not an IP address or CIDR range");
            }
            int prefix = network.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("'" + entry + "' has no prefix length from 0 to "
                            + network.length * 8);
                }
            }
            return new Range(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int shift = network.length * 8 - prefix;
            return new BigInteger(1, address).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
        }
    }
}
