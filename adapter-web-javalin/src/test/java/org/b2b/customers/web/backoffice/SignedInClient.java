package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser reduced to HTTP: it signs in through the sign-in form and sends what the pages' forms send. */
final class SignedInClient {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final BackOfficeSite site;
    private String cookie = "";
    String formToken = "";
    String setCookie;

    SignedInClient(BackOfficeSite site) {
        this.site = site;
    }

    SignedInClient signIn(String email, String password) {
        HttpResponse<String> page = get("/login");
        String formCookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        HttpResponse<String> signedIn = post("/login", Map.of("email", email, "password", password,
                "formToken", tokenIn(page.body())), "Cookie", formCookie);
        assertThat(signedIn.statusCode()).as("signing in").isEqualTo(303);
        setCookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("cm_session="))
                .findFirst().orElseThrow();
        cookie = setCookie.split(";", 2)[0];
        formToken = tokenIn(get("/companies/new").body());
        return this;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    /** Posts a form as the page does, with this session's cookie and the extra headers given. */
    HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
        return post(path, List.copyOf(fields.entrySet()), headers);
    }

    /** Posts a form whose fields may repeat, as the ticked boxes of a list do. */
    HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields, String... headers) {
        String body = fields.stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The fields with this session's form token added, as every form of a signed-in page sends it. */
    Map<String, String> withToken(Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("formToken", formToken);
        return all;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(site.url(path)));
        if (!cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tokenIn(String html) {
        Matcher matcher = FORM_TOKEN.matcher(html);
        assertThat(matcher.find()).as("a form token in the page").isTrue();
        return matcher.group(1);
    }
}
