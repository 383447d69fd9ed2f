package org.b2b.customers.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.util.List;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.web.Health;
import org.b2b.customers.web.TrustedProxies;
import org.b2b.customers.web.WebServer;

/**
 * The two servers P2 compares, in this process on one database (H2 or PostgreSQL) holding a sales representative's
 * companies: our web adapter on the use cases on jOOQ, wired as the server wires it, with a bearer token of that
 * representative got once through {@code POST /api/v1/auth/token}; and the bare raw handler. Both listen on free
 * ports of 127.0.0.1, and each one's pool counts the round trips sent over it.
 */
final class CompanyServers implements AutoCloseable {

    private final BenchDatabase target;
    private final WiredSystem system;
    private final RoundTripCounter ourRoundTrips;
    private final HikariDataSource rawPool;
    private final RoundTripCounter rawRoundTrips;
    private final WebServer ours;
    private final RawCompanyServer raw;
    private final int ourPort;
    private final int rawPort;
    private final String bearerToken;
    private final List<String> paths;

    private CompanyServers(BenchDatabase target, WiredSystem system, RoundTripCounter ourRoundTrips,
            HikariDataSource rawPool, RoundTripCounter rawRoundTrips, int companies)
            throws IOException, InterruptedException {
        this.target = target;
        this.system = system;
        this.ourRoundTrips = ourRoundTrips;
        this.rawPool = rawPool;
        this.rawRoundTrips = rawRoundTrips;
        GetCompanyBenchmark.Seeded seeded = GetCompanyBenchmark.seed(system, companies);
        paths = seeded.companies().stream().map(CompanyServers::path).toList();
        // Nothing here asks the readiness probe; the clock only paces failed logins.
        ours = new WebServer(new Health(() -> true), system.useCases(), TrustedProxies.none());
        raw = new RawCompanyServer(rawPool);
        ourPort = ours.start("127.0.0.1", 0);
        try {
            rawPort = raw.start();
            String email = system.ports().transactions().inTransaction(() ->
                    system.ports().users().find(seeded.representative().userId())).orElseThrow().email().value();
            bearerToken = SignIns.bearerToken(ourPort, email, WiredSystem.PASSWORD);
        } catch (IOException | InterruptedException | RuntimeException e) {
            stopServers();
            throw e;
        }
    }

    /** {@code target} emptied and given a representative's {@code companies}, and both servers on it. */
    static CompanyServers start(BenchDatabase target, int companies) throws IOException, InterruptedException {
        target.reset();
        RoundTripCounter ourRoundTrips = new RoundTripCounter();
        RoundTripCounter rawRoundTrips = new RoundTripCounter();
        WiredSystem system = WiredSystem.open(target, ourRoundTrips);
        HikariDataSource rawPool = target.rawPool(rawRoundTrips);
        try {
            return new CompanyServers(target, system, ourRoundTrips, rawPool, rawRoundTrips, companies);
        } catch (IOException | InterruptedException | RuntimeException e) {
            rawPool.close();
            system.close();
            throw e;
        }
    }

    BenchDatabase target() {
        return target;
    }

    int ourPort() {
        return ourPort;
    }

    int rawPort() {
        return rawPort;
    }

    /** What our server sends to the database. */
    RoundTripCounter ourRoundTrips() {
        return ourRoundTrips;
    }

    /** What the raw handler sends to the database. */
    RoundTripCounter rawRoundTrips() {
        return rawRoundTrips;
    }

    String bearerToken() {
        return bearerToken;
    }

    /** {@code /api/v1/companies/{id}} of each of the representative's companies. */
    List<String> paths() {
        return paths;
    }

    /** Stops both servers, then closes the database under them. */
    @Override
    public void close() {
        stopServers();
        rawPool.close();
        system.close();
    }

    private void stopServers() {
        ours.stop();
        raw.close();
    }

    private static String path(CompanyId company) {
        return "/api/v1/companies/" + company;
    }
}
