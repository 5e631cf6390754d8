package org.coplan.notify.internal;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * GOV.UK Notify, through its Java client: text messages with one generic template (its
 * personalisation fields {@code subject} and {@code body}), and letters as Coplan's own PDFs
 * through the precompiled letter service. The client sets no time limit on its connections, so each
 * call runs on a thread of its own and is given up after {@code coplan.notify.timeout}; a call
 * given up counts as a failure to try again.
 */
@Component
public class NotifyGateway implements DisposableBean {

    /** What Notify said. */
    public sealed interface Outcome {}

    /** Notify took the message. */
    public record Taken(String notifyId) implements Outcome {}

    /**
     * Notify did not take it.
     *
     * @param tryAgain true for a failure that may pass (a 5xx answer, too many requests, no answer in
     *     time, no connection); false when Notify refused the message itself (a 4xx answer)
     */
    public record NotTaken(boolean tryAgain, String why) implements Outcome {}

    private final String apiKey;
    private final String baseUrl;
    private final String textTemplateId;
    private final Duration timeout;
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "notify-call");
        t.setDaemon(true);
        return t;
    });

    NotifyGateway(
            @Value("${coplan.notify.api-key:}") String apiKey,
            @Value("${coplan.notify.base-url:https://api.notifications.service.gov.uk}") String baseUrl,
            @Value("${coplan.notify.text-template-id:}") String textTemplateId,
            @Value("${coplan.notify.timeout:10s}") Duration timeout) {
        this.apiKey = apiKey == null ? "" : apiKey.strip();
        this.baseUrl = baseUrl.strip();
        this.textTemplateId = textTemplateId == null ? "" : textTemplateId.strip();
        this.timeout = timeout;
    }

    /** Whether a Notify API key is set: without one nothing goes to Notify. */
    public boolean configured() {
        return !apiKey.isEmpty();
    }

    /** Whether text messages can be sent: a key and a text template. */
    public boolean textsOn() {
        return configured() && !textTemplateId.isEmpty();
    }

    public String textTemplateId() {
        return textTemplateId;
    }

    public Outcome sendText(UUID reference, String mobile, String subject, String body) {
        return call(() -> client().sendSms(textTemplateId, mobile, Map.of("subject", subject, "body", body), reference.toString())
                .getNotificationId().toString());
    }

    public Outcome sendLetter(UUID reference, byte[] pdf) {
        return call(() -> client().sendPrecompiledLetterWithInputStream(reference.toString(), new ByteArrayInputStream(pdf), "second")
                .getNotificationId().toString());
    }

    private NotificationClient client() {
        return new NotificationClient(apiKey, baseUrl);
    }

    private Outcome call(Callable<String> send) {
        Future<String> call = calls.submit(send);
        try {
            return new Taken(call.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            call.cancel(true);
            return new NotTaken(true, "GOV.UK Notify did not answer within " + timeout.toSeconds() + " seconds");
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return new NotTaken(true, "Sending was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NotificationClientException n) {
                int status = n.getHttpResult();
                boolean tryAgain = status == 0 || status == 429 || status >= 500;
                return new NotTaken(tryAgain, "GOV.UK Notify answered " + (status == 0 ? "nothing" : status) + ": " + firstLine(n.getMessage()));
            }
            return new NotTaken(true, "Could not reach GOV.UK Notify: " + firstLine(String.valueOf(e.getCause())));
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) : line;
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }
}
