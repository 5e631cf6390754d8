package org.coplan.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person using Coplan over real HTTP, without a browser: keeps cookies like a browser does and
 * sends the CSRF token from the last page it saw, through every real security filter. Each
 * visitor comes from its own internet address, as the test proxy (127.0.0.1, trusted in the test
 * profile) says in X-Forwarded-For, so sign-in limits per address do not add up across tests.
 */
public class Visitor {

    public record Page(int status, String body, String location) {
        public String text() {
            return body.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ").replaceAll("&#39;", "'")
                    .replaceAll("&quot;", "\"").replaceAll("&amp;", "&").replaceAll("\\s+", " ");
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final String base;
    private final String address;
    private final HttpClient client;
    private final Function<String, Optional<String>> secondFactorCodes;
    private String csrf;
    private String[] signedInAs;

    public Visitor(int port) {
        this(port, nextAddress(), email -> Optional.empty());
    }

    /** A visitor from the given internet address, or straight from this machine, through no proxy, if null. */
    public Visitor(int port, String address) {
        this(port, address, email -> Optional.empty());
    }

    /** @param secondFactorCodes the code a person's authenticator app shows now, by email, if they have one */
    public Visitor(int port, Function<String, Optional<String>> secondFactorCodes) {
        this(port, nextAddress(), secondFactorCodes);
    }

    public Visitor(int port, String address, Function<String, Optional<String>> secondFactorCodes) {
        this.address = address;
        this.secondFactorCodes = secondFactorCodes;
        this.base = "http://localhost:" + port;
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** The response headers of a GET sent with these extra request headers. */
    public HttpHeaders headers(String path, Map<String, String> requestHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        requestHeaders.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).headers();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String address() {
        return address;
    }

    /** Addresses from 198.18.0.0/15, the range set aside for testing networks. */
    private static String nextAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198." + (18 + (n >> 16 & 1)) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    /** Posts a form, as the page's form would, with this visitor's CSRF token. */
    public Page post(String path, Map<String, String> fields) {
        if (csrf == null) {
            get("/sign-in");
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        String form = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /** A file as a form's file field sends it: the field's name, the file's name and its bytes. */
    public record Upload(String field, String fileName, byte[] content) {}

    /** Posts a form with files ({@code enctype="multipart/form-data"}), as the page's form would, with this visitor's CSRF token. */
    public Page postMultipart(String path, Map<String, String> fields, List<Upload> files) {
        if (csrf == null) {
            get("/sign-in");
        }
        String boundary = "----coplan" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        for (var e : all.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n" + e.getValue()
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Upload f : files) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field() + "\"; filename=\"" + f.fileName()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(f.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .build());
    }

    /**
     * Signs in (with a code from the person's authenticator app, if they have a second factor), then
     * loads a page, because signing in issues a new CSRF token as a browser would see.
     */
    public Page signIn(String email, String password) {
        signedInAs = new String[] {email, password};
        // A sign-in past its lifetime is ended on the way, and the sign-in page shown again.
        follow(get("/sign-in"));
        Page result = post("/sign-in", Map.of("email", email, "password", password));
        if (result.location() != null && !result.location().contains("error")) {
            Optional<String> code = secondFactorCodes.apply(email);
            if (code.isPresent()) {
                get("/sign-in/code");
                post("/sign-in/code", Map.of("code", code.get()));
            }
        }
        get("/");
        return result;
    }

    /**
     * Signs in again as the person who last signed in here, as they would on another day: a sign-in
     * ends 12 hours after it began, and tests move the clock on by days. Does nothing if nobody has.
     */
    public void signInAgain() {
        if (signedInAs != null) {
            signIn(signedInAs[0], signedInAs[1]);
        }
    }

    /** Signs in with the password only, and returns the page the service then shows (after redirects). */
    public Page signInWithPasswordOnly(String email, String password) {
        get("/sign-in");
        post("/sign-in", Map.of("email", email, "password", password));
        Page page = get("/");
        for (int i = 0; i < 5 && page.location() != null; i++) {
            page = follow(page);
        }
        return page;
    }

    /** Follows a redirect's Location, if the page was one. */
    public Page follow(Page page) {
        if (page.location() == null) {
            return page;
        }
        return get(page.location().startsWith("http") ? URI.create(page.location()).getRawPath()
                + (URI.create(page.location()).getRawQuery() == null ? "" : "?" + URI.create(page.location()).getRawQuery())
                : page.location());
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(
                    forwarded(HttpRequest.newBuilder(request, (name, value) -> true)),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Says where the visitor is through the trusted test proxy; a visitor on this machine (no address) says nothing. */
    private HttpRequest forwarded(HttpRequest.Builder request) {
        return address == null ? request.build() : request.header("X-Forwarded-For", address).build();
    }
}
