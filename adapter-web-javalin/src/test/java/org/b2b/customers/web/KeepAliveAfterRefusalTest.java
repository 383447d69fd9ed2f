package org.b2b.customers.web;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * After a refused request with a body (too large, malformed, of the wrong type; sent with a length or chunked), a
 * client that reuses its connection must not fail: either the answer says {@code Connection: close}, or the same
 * connection serves the next request. A plain socket client writes each body whole while it reads, as simple
 * clients do, and tries each case many times, since whether the server has read the rest of a body when it answers
 * depends on timing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeepAliveAfterRefusalTest {

    private static final int TRIES = 25;
    private static final int MIB = 1024 * 1024;

    private final RunningApi api = new RunningApi();
    private final String admin = api.adminToken();
    private final String company = api.data().company("Acme Industrial", api.data().salesRepresentative()).id().toString();
    private final String registration = "/register/" + "A".repeat(43);
    private final ExecutorService writers = Executors.newCachedThreadPool();

    @AfterAll
    void stop() {
        writers.shutdownNow();
        api.close();
    }

    /** A request whose answer is a refusal: method, path, Content-Type and body, sent with a length or chunked. */
    private record Refused(String name, String method, String path, String contentType, byte[] body, boolean token) {}

    private List<Refused> cases() {
        String upload = "/api/v1/companies/" + company + "/invitations/import";
        String multipart = "multipart/form-data; boundary=xyz";
        List<Refused> cases = new ArrayList<>();
        cases.add(new Refused("JSON over the limit", "POST", "/api/v1/companies", "application/json", spaces(3 * MIB), true));
        cases.add(new Refused("JSON over what is drained", "POST", "/api/v1/companies", "application/json",
                spaces((int) UnreadBody.DRAINED_AT_MOST + MIB), true));
        cases.add(new Refused("JSON without a token", "POST", "/api/v1/companies", "application/json", spaces(MIB), false));
        cases.add(new Refused("JSON as text", "POST", "/api/v1/companies", "text/plain", spaces(MIB), true));
        cases.add(new Refused("a file over its limit", "POST", upload, multipart, upload(130_000), true));
        cases.add(new Refused("a form over the limit", "POST", upload, multipart, upload(260_000), true));
        cases.add(new Refused("a form over what is drained", "POST", upload, multipart, upload(900_000), true));
        cases.add(new Refused("a form with another boundary", "POST", upload, "multipart/form-data; boundary=abc",
                upload(100_000), true));
        cases.add(new Refused("a form without a boundary", "POST", upload, "multipart/form-data", upload(1_000), true));
        cases.add(new Refused("a truncated form", "POST", upload, multipart,
                new String(upload(50_000), UTF_8).replace("--xyz--", "").getBytes(UTF_8), true));
        cases.add(new Refused("a page's form with another boundary", "POST", registration,
                "multipart/form-data; boundary=abc", upload(10_000), false));
        cases.add(new Refused("a page's form over the limit", "POST", registration,
                "application/x-www-form-urlencoded", ("firstName=" + "x".repeat(3 * MIB)).getBytes(UTF_8), false));
        cases.add(new Refused("a path that is not UTF-8", "PATCH", "/api/v1/companies/%ED%A0%80", "application/json",
                spaces(MIB), true));
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> a_refused_body_leaves_the_connection_usable_or_the_answer_says_it_closes() {
        return cases().stream().flatMap(refused -> Stream.of(false, true).map(chunked -> DynamicTest.dynamicTest(
                refused.name() + (chunked ? ", chunked" : ", with a length"), () -> {
                    for (int i = 0; i < TRIES; i++) {
                        sendThenReuse(refused, chunked);
                    }
                })));
    }

    private void sendThenReuse(Refused refused, boolean chunked) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", api.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            String head = refused.method() + " " + refused.path() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + (refused.token() ? "Authorization: Bearer " + admin + "\r\n" : "")
                    + "Content-Type: " + refused.contentType() + "\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + refused.body().length + "\r\n")
                    + "\r\n";
            Future<?> writing = writers.submit(() -> {
                out.write(head.getBytes(US_ASCII));
                out.write(chunked ? chunked(refused.body()) : refused.body());
                out.flush();
                return null;
            });
            Answer answer = Answer.read(in);
            assertThat(answer.status()).as(refused.name()).isBetween(400, 499);
            if (answer.says("Connection", "close")) {
                return;
            }
            writing.get();
            out.write("GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(US_ASCII));
            out.flush();
            Answer next = Answer.read(in);
            assertThat(next.status()).as("after %s (%d, no Connection: close), the same connection serves the next request",
                    refused.name(), answer.status()).isEqualTo(200);
        }
    }

    /** An HTTP/1.1 answer as a socket client reads it: its status and headers, its body skipped. */
    private record Answer(int status, Map<String, String> headers) {

        /** Reads one answer; a connection closed before its status line is status 0. */
        static Answer read(InputStream in) throws IOException {
            String statusLine = line(in);
            if (statusLine == null) {
                return new Answer(0, Map.of());
            }
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                headers.put(header.substring(0, header.indexOf(':')).strip(), header.substring(header.indexOf(':') + 1).strip());
            }
            if (headers.containsKey("Content-Length")) {
                in.readNBytes(Integer.parseInt(headers.get("Content-Length")));
            } else if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
                for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
                    in.readNBytes(size + 2);
                }
                line(in);
            }
            return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers);
        }

        boolean says(String header, String value) {
            return value.equalsIgnoreCase(headers.getOrDefault(header, "").toLowerCase(Locale.ROOT));
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    return line.size() == 0 ? null : line.toString(US_ASCII);
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(US_ASCII);
        }
    }

    private static byte[] spaces(int length) {
        byte[] body = new byte[length];
        Arrays.fill(body, (byte) ' ');
        return body;
    }

    /** A multipart form of a role and a file of this many addresses (12 bytes each). */
    private static byte[] upload(int addresses) {
        return ("--xyz\r\nContent-Disposition: form-data; name=\"role\"\r\n\r\ncompany_buyer\r\n--xyz\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + "a@b.example\n".repeat(addresses) + "\r\n--xyz--\r\n").getBytes(UTF_8);
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        for (int offset = 0; offset < body.length; offset += 64 * 1024) {
            int length = Math.min(64 * 1024, body.length - offset);
            chunks.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(US_ASCII));
            chunks.write(body, offset, length);
            chunks.writeBytes("\r\n".getBytes(US_ASCII));
        }
        chunks.writeBytes("0\r\n\r\n".getBytes(US_ASCII));
        return chunks.toByteArray();
    }
}
