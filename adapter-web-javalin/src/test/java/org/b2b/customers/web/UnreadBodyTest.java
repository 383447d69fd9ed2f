package org.b2b.customers.web;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A refused request's body is read before the answer goes out, so that its client can read the answer: the client
 * writes the whole body before it reads (as simple clients do), more than the sockets' buffers hold, so a server
 * that answered and closed without reading it would have the client's writes fail and the answer lost.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnreadBodyTest {

    private final RunningApi api = new RunningApi();
    private final String admin = api.adminToken();

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void a_client_that_sends_a_too_large_body_whole_reads_the_413_and_keeps_its_connection() throws IOException {
        assertThat(sendWhole("/api/v1/companies")).isEqualTo("HTTP/1.1 413 Payload Too Large");
    }

    @Test
    void a_client_that_sends_a_body_of_the_wrong_type_whole_reads_the_415_and_keeps_its_connection() throws IOException {
        String company = api.data().company("Acme Industrial", api.data().salesRepresentative()).id().toString();

        assertThat(sendWhole("/api/v1/companies/" + company + "/invitations/import"))
                .isEqualTo("HTTP/1.1 415 Unsupported Media Type");
    }

    /**
     * Posts a JSON body of three times the limit, written whole before anything is read; answers the status line
     * of the answer, once the same connection has also served a second request.
     */
    private String sendWhole(String path) throws IOException {
        byte[] body = new byte[(int) (3 * WebServer.MAX_REQUEST_BYTES)];
        Arrays.fill(body, (byte) ' ');
        try (Socket socket = new Socket("127.0.0.1", api.port())) {
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), US_ASCII));

            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + admin
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(US_ASCII));
            out.write(body);
            out.flush();
            String status = in.readLine();
            skipResponse(in);

            out.write("GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(US_ASCII));
            out.flush();
            assertThat(in.readLine()).as("the same connection serves the next request").isEqualTo("HTTP/1.1 200 OK");
            return status;
        }
    }

    /** Reads past the headers and the body of an answer, which gives its length. */
    private static void skipResponse(BufferedReader in) throws IOException {
        long length = 0;
        for (String header = in.readLine(); !header.isEmpty(); header = in.readLine()) {
            if (header.toLowerCase().startsWith("content-length:")) {
                length = Long.parseLong(header.substring("content-length:".length()).strip());
            }
        }
        assertThat(in.skip(length)).isEqualTo(length);
    }
}
