package org.coplan.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Members answering one poll, for {@code bench/forum-poll.sh}: each of members {@code --from} to
 * {@code --from + --count - 1} (made by {@link PollGenerator}) signs in with their own session, opens
 * the poll's page and sends an answer, as on a phone, with {@code --concurrency} members at once and,
 * with {@code --rate}, no more than that many members starting per second. Needs only the JDK.
 *
 * <p>Prints one {@code RESULT} line: members, answers saved, errors, seconds, answers per second,
 * then p50 and p95 in milliseconds of signing in, of the poll's page, of sending the answer, and of
 * answering (page and send together: what a member waits for once signed in).
 *
 * <pre>
 * --base URL  --poll ID  --question FIELD  --from N (default 1)  --count N (default 5000)
 * --concurrency N (default 16)  --rate R (members started per second; 0, the default, for flat out)
 * </pre>
 */
public final class PollLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** Every generated member's password. */
    public static final String PASSWORD = "coplan-bench-poll-2026";

    private PollLoad() {}

    /** The email of generated member {@code n}, from 1. */
    public static String email(int n) {
        return "poll-bench." + n + "@bench.coplan.test";
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>(Map.of("base", "http://localhost:8092", "poll", "", "question", "", "from", "1",
                "count", "5000", "concurrency", "16", "rate", "0"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--") || !o.containsKey(args[i].substring(2))) {
                throw new IllegalArgumentException("Unknown option " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        String base = o.get("base");
        String poll = o.get("poll");
        String question = o.get("question");
        int from = Integer.parseInt(o.get("from"));
        int count = Integer.parseInt(o.get("count"));
        int concurrency = Integer.parseInt(o.get("concurrency"));
        double rate = Double.parseDouble(o.get("rate"));

        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4)).build();
        List<Long> signIns = Collections.synchronizedList(new ArrayList<>());
        List<Long> pages = Collections.synchronizedList(new ArrayList<>());
        List<Long> sends = Collections.synchronizedList(new ArrayList<>());
        List<Long> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger saved = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger firstErrorShown = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        for (int n = from; n < from + count; n++) {
            if (rate > 0) {
                long due = started + (long) ((n - from) / rate * 1e9);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            int member = n;
            pool.submit(() -> {
                try {
                    Map<String, String> cookies = new LinkedHashMap<>();
                    long t0 = System.nanoTime();
                    String token = csrf(get(http, base + "/sign-in", cookies).body());
                    HttpResponse<String> signedIn = post(http, base + "/sign-in", cookies,
                            "email=" + enc(email(member)) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(token));
                    String to = signedIn.headers().firstValue("Location").orElse("");
                    if (signedIn.statusCode() != 302 || to.contains("sign-in")) {
                        throw new IllegalStateException("sign-in refused for " + email(member) + ": " + signedIn.statusCode() + " " + to);
                    }
                    long t1 = System.nanoTime();
                    HttpResponse<String> page = get(http, base + "/forum/polls/" + poll, cookies);
                    if (page.statusCode() != 200) {
                        throw new IllegalStateException("poll page " + page.statusCode());
                    }
                    long t2 = System.nanoTime();
                    HttpResponse<String> sent = post(http, base + "/forum/polls/" + poll, cookies,
                            enc(question) + "=" + (member % 3) + "&_csrf=" + enc(csrf(page.body())));
                    long t3 = System.nanoTime();
                    if (sent.statusCode() != 302) {
                        throw new IllegalStateException("answer " + sent.statusCode());
                    }
                    signIns.add(t1 - t0);
                    pages.add(t2 - t1);
                    sends.add(t3 - t2);
                    answers.add(t3 - t1);
                    saved.incrementAndGet();
                } catch (Exception e) {
                    errors.incrementAndGet();
                    if (firstErrorShown.getAndIncrement() < 3) {
                        System.err.println("ERROR " + e);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("RESULT %d %d %d %.1f %.2f %s %s %s %s%n", count, saved.get(), errors.get(), seconds, saved.get() / seconds,
                percentiles(signIns), percentiles(pages), percentiles(sends), percentiles(answers));
        System.exit(0);
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "0 0";
        }
        return String.format("%.0f %.0f", sorted.get((int) Math.min(sorted.size() - 1, Math.floor(sorted.size() * 0.50))) / 1e6,
                sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.95) - 1)) / 1e6);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(HttpClient http, String url, Map<String, String> cookies) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        return keep(http.send(withCookies(b, cookies).build(), HttpResponse.BodyHandlers.ofString()), cookies);
    }

    private static HttpResponse<String> post(HttpClient http, String url, Map<String, String> cookies, String form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        return keep(http.send(withCookies(b, cookies).build(), HttpResponse.BodyHandlers.ofString()), cookies);
    }

    private static HttpRequest.Builder withCookies(HttpRequest.Builder b, Map<String, String> cookies) {
        if (!cookies.isEmpty()) {
            StringBuilder s = new StringBuilder();
            cookies.forEach((k, v) -> s.append(s.isEmpty() ? "" : "; ").append(k).append('=').append(v));
            b.header("Cookie", s.toString());
        }
        return b;
    }

    private static HttpResponse<String> keep(HttpResponse<String> r, Map<String, String> cookies) {
        for (String c : r.headers().allValues("Set-Cookie")) {
            String pair = c.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return r;
    }
}
