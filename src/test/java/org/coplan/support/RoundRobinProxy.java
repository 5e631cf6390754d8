package org.coplan.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load balancer in front of several Coplan nodes, as nginx would be: each request goes to the
 * next node in turn, whatever connection it came on (no sticky sessions); a node that refuses the
 * connection is skipped for the next one; the client's address is added to X-Forwarded-For.
 * {@link #answeredBy()} says which node answered each request, by its index in the list of ports.
 */
public final class RoundRobinProxy implements AutoCloseable {

    /** Set by the client or the transport, never forwarded as they came. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "transfer-encoding", "te",
            "trailer", "upgrade", "proxy-connection", "host", "content-length", "expect", "http2-settings", "date", "via", "warning", "from");

    private final List<Integer> nodePorts;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final AtomicInteger next = new AtomicInteger();
    private final List<Integer> answeredBy = new CopyOnWriteArrayList<>();

    public RoundRobinProxy(List<Integer> nodePorts) throws IOException {
        this.nodePorts = List.copyOf(nodePorts);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The node (index into the ports given) that answered each request so far, in order. */
    public List<Integer> answeredBy() {
        return List.copyOf(answeredBy);
    }

    public void forget() {
        answeredBy.clear();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int first = Math.floorMod(next.getAndIncrement(), nodePorts.size());
            for (int tried = 0; tried < nodePorts.size(); tried++) {
                int node = (first + tried) % nodePorts.size();
                try {
                    HttpResponse<InputStream> response = client.send(request(exchange, body, nodePorts.get(node)),
                            HttpResponse.BodyHandlers.ofInputStream());
                    answeredBy.add(node);
                    respond(exchange, response);
                    return;
                } catch (ConnectException | HttpTimeoutException e) {
                    // the node is down: the request never reached it, so the next node may have it
                } catch (IOException e) {
                    // a kept-alive connection to a node that stopped: only a request that changes
                    // nothing may be sent again, as nginx's proxy_next_upstream does by default
                    if (!Set.of("GET", "HEAD").contains(exchange.getRequestMethod())) {
                        throw e;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            exchange.sendResponseHeaders(502, -1);
        }
    }

    private HttpRequest request(HttpExchange exchange, byte[] body, int port) {
        URI uri = URI.create("http://127.0.0.1:" + port + exchange.getRequestURI().toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(exchange.getRequestMethod(), body.length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        String forwardedFor = null;
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (HOP_BY_HOP.contains(name)) {
                continue;
            }
            if (name.equals("x-forwarded-for")) {
                forwardedFor = String.join(", ", header.getValue());
                continue;
            }
            header.getValue().forEach(value -> request.header(header.getKey(), value));
        }
        String client = exchange.getRemoteAddress().getAddress().getHostAddress();
        request.header("X-Forwarded-For", forwardedFor == null ? client : forwardedFor + ", " + client);
        return request.build();
    }

    private static void respond(HttpExchange exchange, HttpResponse<InputStream> response) throws IOException {
        response.headers().map().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                values.forEach(value -> exchange.getResponseHeaders().add(name, value));
            }
        });
        try (InputStream in = response.body()) {
            byte[] bytes = in.readAllBytes();
            boolean noBody = response.statusCode() == 204 || response.statusCode() == 304
                    || exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : bytes.length == 0 ? -1 : bytes.length);
            if (!noBody && bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
