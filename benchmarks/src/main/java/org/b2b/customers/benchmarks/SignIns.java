package org.b2b.customers.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.b2b.customers.web.JsonMapping;

/**
 * Signing in to our server on 127.0.0.1 as a client does: a bearer token from {@code POST /api/v1/auth/token}, or a
 * browser session from the sign-in form (its page's form token and cookie, then the posted form), whose
 * {@code cm_session} cookie is the access token every signed-in page is asked with.
 */
final class SignIns {

    static final String SESSION_COOKIE = "cm_session";

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    private SignIns() {}

    static String bearerToken(int port, String email, String password) throws IOException, InterruptedException {
        ObjectMapper mapper = JsonMapping.create();
        HttpResponse<String> answer = client().send(HttpRequest.newBuilder(url(port, "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(
                        Map.of("email", email, "password", password))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("logging in as " + email + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return mapper.readTree(answer.body()).get("token").asText();
    }

    /** The {@code cm_session=…} pair a browser sends after signing in through {@code /login}. */
    static String sessionCookie(int port, String email, String password) throws IOException, InterruptedException {
        HttpClient client = client();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(url(port, "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = FORM_TOKEN.matcher(page.body());
        if (page.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("the sign-in page answered " + page.statusCode() + " without a form token");
        }
        String formCookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        String form = Map.of("email", email, "password", password, "formToken", token.group(1)).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(url(port, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", formCookie)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        return signedIn.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(SESSION_COOKIE + "="))
                .map(cookie -> cookie.split(";", 2)[0])
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("signing in as " + email + " answered "
                        + signedIn.statusCode() + " without a session"));
    }

    private static HttpClient client() {
        // Redirects are not followed: the session cookie comes with the sign-in's own answer.
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    private static URI url(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
