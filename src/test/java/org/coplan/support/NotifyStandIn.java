package org.coplan.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;

/**
 * A real HTTP server standing in for the GOV.UK Notify API, one per test JVM: it answers text
 * messages and precompiled letters as Notify does (201 with Notify's JSON), and keeps every request
 * for tests to read. A test makes it fail for a phone number of its own ({@link #answer500For},
 * {@link #answerSlowlyFor}), so tests sharing the server do not disturb each other. The application
 * reaches it through {@code coplan.notify.base-url}, set by {@link IntegrationTest}.
 */
public final class NotifyStandIn {

    /** One request as Notify would have received it. */
    public record Request(String method, String path, String authorization, JSONObject body) {}

    private static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
    private static final Set<String> FAILING = ConcurrentHashMap.newKeySet();
    private static final Set<String> SLOW = ConcurrentHashMap.newKeySet();
    private static HttpServer server;

    private NotifyStandIn() {}

    public static synchronized String baseUrl() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", NotifyStandIn::handle);
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "notify-stand-in");
                t.setDaemon(true);
                return t;
            }));
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Texts to this number get "500 Internal server error". */
    public static void answer500For(String phoneNumber) {
        FAILING.add(phoneNumber);
    }

    /** Texts to this number are answered after three seconds, longer than the tests' time limit. */
    public static void answerSlowlyFor(String phoneNumber) {
        SLOW.add(phoneNumber);
    }

    public static List<Request> requests() {
        return List.copyOf(REQUESTS);
    }

    /** The text messages sent to this number (as Notify received it), oldest first. */
    public static List<Request> textsTo(String phoneNumber) {
        return REQUESTS.stream()
                .filter(r -> r.path().equals("/v2/notifications/sms") && phoneNumber.equals(r.body().optString("phone_number")))
                .toList();
    }

    /** The precompiled letters whose reference is this, oldest first. */
    public static List<Request> lettersWithReference(String reference) {
        return REQUESTS.stream()
                .filter(r -> r.path().equals("/v2/notifications/letter") && reference.equals(r.body().optString("reference")))
                .toList();
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        JSONObject body = text.isBlank() ? new JSONObject() : new JSONObject(text);
        String path = exchange.getRequestURI().getPath();
        REQUESTS.add(new Request(exchange.getRequestMethod(), path, exchange.getRequestHeaders().getFirst("Authorization"), body));
        String phone = body.optString("phone_number");
        if (FAILING.contains(phone)) {
            respond(exchange, 500, new JSONObject().put("status_code", 500)
                    .put("errors", List.of(new JSONObject().put("error", "Exception").put("message", "Internal server error"))));
            return;
        }
        if (SLOW.contains(phone)) {
            try {
                TimeUnit.SECONDS.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String id = UUID.randomUUID().toString();
        switch (path) {
            case "/v2/notifications/sms" -> respond(exchange, 201, new JSONObject()
                    .put("id", id)
                    .put("reference", body.opt("reference"))
                    .put("content", new JSONObject().put("body", body.getJSONObject("personalisation").optString("body"))
                            .put("from_number", "Coplan"))
                    .put("uri", "https://api.notifications.service.gov.uk/v2/notifications/" + id)
                    .put("template", new JSONObject().put("id", body.getString("template_id")).put("version", 1)
                            .put("uri", "https://api.notifications.service.gov.uk/v2/template/" + body.getString("template_id"))));
            case "/v2/notifications/letter" -> respond(exchange, 201, new JSONObject()
                    .put("id", id).put("reference", body.optString("reference")).put("postage", body.optString("postage", "second")));
            default -> respond(exchange, 404, new JSONObject().put("status_code", 404)
                    .put("errors", List.of(new JSONObject().put("error", "NotFound").put("message", "Not found"))));
        }
    }

    private static void respond(HttpExchange exchange, int status, JSONObject json) throws IOException {
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
