package org.b2b.customers.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.ImportInvitationsCommand;
import org.b2b.customers.application.invitation.InvitationOutcome;
import org.b2b.customers.application.invitation.InvitationReport;
import org.b2b.customers.application.port.out.InvitationTemplate;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.invitation.InvitationSecret;
import org.b2b.customers.domain.invitation.InvitationTtl;
import org.b2b.customers.domain.invitation.RegistrationTokens;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.testkit.TestData;

/**
 * P4: a CSV file of new addresses, each line with a role, imported through {@code ImportInvitationsUseCase} on jOOQ
 * as the server wires it, by the administrator into a new company; against plain JDBC inserting the same rows in one
 * transaction, each table as one batch: the invitations, their outbox messages with their data rows, and their
 * history entries with their details rows. The raw side's rows are made before its clock starts; ours starts from
 * the file's bytes. Rounds alternate which side goes first, after warm-up rounds of both; each round has a company of
 * its own. Heap in use after a full collection is read before and after the measured rounds. Goals: ours at most
 * {@value #GOAL_RATIO} × raw; the heap at most {@value #GOAL_HEAP_GROWTH_MIB} MiB larger after than before.
 */
final class InvitationImportBenchmark {

    static final double GOAL_RATIO = 2.0;
    static final int GOAL_HEAP_GROWTH_MIB = 32;

    private static final String ROLE = RoleIdentifier.COMPANY_BUYER.value();

    /** How many lines a file has, and how many rounds of each side are warm-up and measured. */
    record Plan(int lines, int warmUpRounds, int rounds) {

        static Plan full(int lines) {
            return new Plan(lines, 2, 5);
        }

        static Plan quick(int lines) {
            return new Plan(lines, 1, 2);
        }

        String describe() {
            return String.format(Locale.ROOT, "%,d lines, %d measured rounds of each side after %d of warm-up", lines,
                    rounds, warmUpRounds);
        }
    }

    /** The seconds of each measured round of each side, and the heap in use after a full collection around them. */
    record Figures(Plan plan, List<Double> ourSeconds, List<Double> rawSeconds, long heapBefore, long heapAfter) {

        double ratio() {
            return median(ourSeconds) / median(rawSeconds);
        }

        double heapGrowthMib() {
            return (heapAfter - heapBefore) / (1024.0 * 1024.0);
        }

        static double mean(List<Double> seconds) {
            return seconds.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        }

        static double median(List<Double> seconds) {
            List<Double> sorted = seconds.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        }
    }

    /** The rows a company's invitations left in the five tables, by table; details and data rows also by key. */
    record Rows(Map<String, Long> counts) {}

    private final WiredSystem system;
    private final DataSource raw;
    private final Plan plan;
    private final TestData data;
    private final UserView representative;
    private final byte[] file;
    private final String inviterName;
    private final String roleName;
    private int companies;
    private UUID lastCompany;

    private InvitationImportBenchmark(WiredSystem system, DataSource raw, Plan plan) {
        this.system = system;
        this.raw = raw;
        this.plan = plan;
        this.data = TestData.of(system.useCases(), system.administrator());
        this.representative = data.salesRepresentative();
        this.file = file(plan.lines());
        UserView admin = system.useCases().users().currentUser().me(system.administrator());
        this.inviterName = admin.firstName() + " " + admin.lastName();
        this.roleName = system.ports().transactions().inTransaction(() -> system.ports().roles()
                .find(RoleIdentifier.COMPANY_BUYER).map(Role::name).orElseThrow());
    }

    /** Runs the plan on an emptied database of the target. */
    static Figures measure(BenchDatabase target, Plan plan) throws SQLException {
        target.reset();
        try (WiredSystem system = WiredSystem.open(target); var pool = target.rawPool()) {
            InvitationImportBenchmark benchmark = new InvitationImportBenchmark(system, pool, plan);
            for (int round = 0; round < plan.warmUpRounds(); round++) {
                benchmark.ours();
                benchmark.raw();
            }
            long heapBefore = heapAfterFullCollection();
            List<Double> ours = new ArrayList<>();
            List<Double> raw = new ArrayList<>();
            for (int round = 0; round < plan.rounds(); round++) {
                if (round % 2 == 0) {
                    ours.add(benchmark.ours());
                    raw.add(benchmark.raw());
                } else {
                    raw.add(benchmark.raw());
                    ours.add(benchmark.ours());
                }
                System.out.printf(Locale.ROOT, "  P4 round %d: ours %.3f s, raw %.3f s%n", round + 1,
                        ours.get(round), raw.get(round));
            }
            long heapAfter = heapAfterFullCollection();
            return new Figures(plan, ours, raw, heapBefore, heapAfter);
        }
    }

    /**
     * One import of each side, unmeasured, each into a company of its own, and the rows each left: the smoke test's
     * proof that both write the same.
     */
    static List<Rows> rowsOfOneRoundEach(BenchDatabase target, int lines) throws SQLException {
        target.reset();
        try (WiredSystem system = WiredSystem.open(target); var pool = target.rawPool()) {
            InvitationImportBenchmark benchmark = new InvitationImportBenchmark(system, pool, Plan.quick(lines));
            benchmark.ours();
            UUID ours = benchmark.lastCompany;
            benchmark.raw();
            UUID raw = benchmark.lastCompany;
            return List.of(rows(pool, ours), rows(pool, raw));
        }
    }

    /** The seconds our use case took for the file. */
    private double ours() {
        CompanyView company = newCompany("ours");
        Actor admin = system.administrator();
        long start = System.nanoTime();
        InvitationReport report = system.useCases().invitations().importFile()
                .importFile(admin, ImportInvitationsCommand.of(company.id(), file, ROLE));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (report.results().size() != plan.lines()
                || report.results().stream().anyMatch(r -> r.outcome() != InvitationOutcome.INVITED)) {
            throw new IllegalStateException("the import did not invite every line of the file");
        }
        return seconds;
    }

    /** The seconds plain JDBC took to write the same rows for a company of its own, made before the clock starts. */
    private double raw() throws SQLException {
        CompanyView company = newCompany("raw");
        RawRows rows = new RawRows(company, system.administrator().userId().value(), Instant.now());
        for (int i = 0; i < plan.lines(); i++) {
            rows.add(email(i));
        }
        long start = System.nanoTime();
        try (Connection connection = raw.getConnection()) {
            connection.setAutoCommit(false);
            rows.insert(connection);
            connection.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private CompanyView newCompany(String side) {
        CompanyView company = data.company("P4 " + side + " company " + ++companies, representative);
        lastCompany = company.id().value();
        return company;
    }

    /** A header, then one new address a line, each with its role. */
    private static byte[] file(int lines) {
        StringBuilder text = new StringBuilder("email,role\n");
        for (int i = 0; i < lines; i++) {
            text.append(email(i)).append(',').append(ROLE).append('\n');
        }
        return text.toString().getBytes(UTF_8);
    }

    private static String email(int i) {
        return "p4.person." + i + "@buyer.example";
    }

    /** The rows of the five tables for the invitations of one company, as the use case writes them. */
    private final class RawRows {

        private static final RegistrationTokens TOKENS = new RegistrationTokens(RegistrationTokens.newKey());

        private final CompanyView company;
        private final UUID inviter;
        private final OffsetDateTime now;
        private final OffsetDateTime expires;
        private final List<Object[]> invitations = new ArrayList<>();
        private final List<Object[]> messages = new ArrayList<>();
        private final List<Object[]> messageData = new ArrayList<>();
        private final List<Object[]> entries = new ArrayList<>();
        private final List<Object[]> entryDetails = new ArrayList<>();

        RawRows(CompanyView company, UUID inviter, Instant now) {
            this.company = company;
            this.inviter = inviter;
            this.now = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            this.expires = OffsetDateTime.ofInstant(now.plus(InvitationTtl.DEFAULT.duration()), ZoneOffset.UTC);
        }

        void add(String email) {
            UUID invitation = UUID.randomUUID();
            InvitationSecret secret = TOKENS.issue();
            invitations.add(new Object[] {invitation, company.id().value(), email, ROLE, inviter, now, expires, now, 1,
                    "OPEN", company.id().value() + ":" + email, secret.seed(), secret.fingerprint(), null, null, null,
                    1L});
            UUID message = UUID.randomUUID();
            messages.add(new Object[] {message, email, InvitationTemplate.NAME, now, "PENDING", 0, now});
            Map<String, String> data = new LinkedHashMap<>();
            data.put(InvitationTemplate.INVITATION_ID, invitation.toString());
            data.put(InvitationTemplate.COMPANY_NAME, company.name());
            data.put(InvitationTemplate.INVITER_NAME, inviterName);
            data.put(InvitationTemplate.ROLE, ROLE);
            data.put(InvitationTemplate.ROLE_NAME, roleName);
            data.put(InvitationTemplate.EXPIRES_AT, expires.toInstant().toString());
            data.put(InvitationTemplate.SEND_COUNT, "1");
            keyed(messageData, message, data);
            UUID entry = UUID.randomUUID();
            entries.add(new Object[] {entry, company.id().value(), now, inviter, "invitation.created"});
            Map<String, String> details = new LinkedHashMap<>();
            details.put("invitationId", invitation.toString());
            details.put("email", email);
            details.put("role", ROLE);
            details.put("expiresAt", expires.toInstant().toString());
            keyed(entryDetails, entry, details);
        }

        void insert(Connection connection) throws SQLException {
            batch(connection, "insert into invitations (id, company_id, email, role_identifier, invited_by, created_at,"
                    + " expires_at, last_sent_at, send_count, state, open_key, secret_seed, token_fingerprint, closed_at,"
                    + " accepted_member_id, delivery_failure, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?)", invitations);
            batch(connection, "insert into outbox (id, recipient, template, created_at, status, attempts,"
                    + " next_attempt_at) values (?, ?, ?, ?, ?, ?, ?)", messages);
            batch(connection, "insert into outbox_data (message_id, position, data_key, data_value) values (?, ?, ?, ?)",
                    messageData);
            batch(connection, "insert into history (id, company_id, at, actor_user_id, action) values (?, ?, ?, ?, ?)",
                    entries);
            batch(connection, "insert into history_details (entry_id, position, detail_key, detail_value)"
                    + " values (?, ?, ?, ?)", entryDetails);
        }

        private static void keyed(List<Object[]> rows, UUID owner, Map<String, String> values) {
            int position = 0;
            for (Map.Entry<String, String> value : values.entrySet()) {
                rows.add(new Object[] {owner, position++, value.getKey(), value.getValue()});
            }
        }

        private static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int column = 0; column < row.length; column++) {
                        insert.setObject(column + 1, row[column]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    private static Rows rows(DataSource pool, UUID company) throws SQLException {
        String messagesOfTheCompany = "select d.message_id from outbox_data d join invitations i"
                + " on cast(i.id as varchar(36)) = d.data_value where d.data_key = 'invitationId' and i.company_id = ?";
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = pool.getConnection()) {
            count(connection, counts, "select 'invitations', count(*) from invitations where company_id = ?", company);
            count(connection, counts, "select 'outbox', count(*) from outbox where id in (" + messagesOfTheCompany + ")",
                    company);
            count(connection, counts, "select 'outbox_data ' || data_key, count(*) from outbox_data where message_id in ("
                    + messagesOfTheCompany + ") group by data_key", company);
            count(connection, counts, "select 'history ' || action, count(*) from history where company_id = ?"
                    + " group by action", company);
            count(connection, counts, "select 'history_details ' || d.detail_key, count(*) from history_details d"
                    + " join history h on h.id = d.entry_id where h.company_id = ? group by d.detail_key", company);
        }
        return new Rows(counts);
    }

    private static void count(Connection connection, Map<String, Long> counts, String sql, UUID company)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, company);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    counts.put(result.getString(1), result.getLong(2));
                }
            }
        }
    }

    /** Heap in use once a full collection has run, twice, so that what finalization freed is gone too. */
    private static long heapAfterFullCollection() {
        for (int i = 0; i < 2; i++) {
            ManagementFactory.getMemoryMXBean().gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
