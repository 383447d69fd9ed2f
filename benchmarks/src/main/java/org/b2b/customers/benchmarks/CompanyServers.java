package org.b2b.customers.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.util.List;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.web.Health;
import org.b2b.customers.web.TrustedProxies;
import org.b2b.customers.web.WebServer;

/**
 * The two servers P2 compares, in this process on one H2 database holding a sales representative's companies: our
 * web adapter on the use cases on jOOQ, wired as the server wires it, with a bearer token of that representative
 * got once through {@code POST /api/v1/auth/token}; and the bare raw handler. Both listen on free ports of
 * 127.0.0.1.
 */
final class CompanyServers implements AutoCloseable {

    private final WiredSystem system;
    private final HikariDataSource rawPool;
    private final WebServer ours;
    private final RawCompanyServer raw;
    private final int ourPort;
    private final int rawPort;
    private final String bearerToken;
    private final List<String> paths;

    private CompanyServers(WiredSystem system, HikariDataSource rawPool, int companies)
            throws IOException, InterruptedException {
        this.system = system;
        this.rawPool = rawPool;
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

    /** A new database under {@code name} with a representative's {@code companies}, and both servers on it. */
    static CompanyServers start(String name, int companies) throws IOException, InterruptedException {
        BenchDatabase target = BenchDatabase.of(BenchDatabase.H2, name);
        target.reset();
        WiredSystem system = WiredSystem.open(target);
        HikariDataSource rawPool = target.rawPool();
        try {
            return new CompanyServers(system, rawPool, companies);
        } catch (IOException | InterruptedException | RuntimeException e) {
            rawPool.close();
            system.close();
            throw e;
        }
    }

    int ourPort() {
        return ourPort;
    }

    int rawPort() {
        return rawPort;
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
