package org.coplan.notify.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.coplan.notify.Email;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where email goes when Coplan has no mail server: kept in memory (the newest {@value #KEPT}, until
 * Coplan stops) for the person running a demo to read at {@code /demo-mail}. It is on only when no
 * SMTP server is configured and the base URL is on this machine, and it opens only to a request
 * from this machine that came through no proxy: a real deployment, which sets
 * {@code COPLAN_SMTP_HOST} and its own address, never shows anyone else's reset or invitation link.
 */
@Component
public class DemoMailbox {

    /** How many messages are kept; older ones are dropped. */
    public static final int KEPT = 200;

    /** One message as it would have been sent. */
    public record Message(long number, String to, String subject, String body, Instant keptAt, List<Email.Attachment> attachments) {}

    private final Deque<Message> messages = new ArrayDeque<>();
    private final Clock clock;
    private final boolean on;
    private final String address;
    private long next = 1;

    DemoMailbox(@Value("${spring.mail.host:}") String smtpHost, @Value("${coplan.base-url}") String baseUrl, Clock clock) {
        this.clock = clock;
        this.on = (smtpHost == null || smtpHost.isBlank()) && onThisMachine(baseUrl);
        this.address = baseUrl.replaceAll("/+$", "") + "/demo-mail";
    }

    /** Whether messages are kept here: no SMTP server, and a base URL on this machine. */
    public boolean isOn() {
        return on;
    }

    /** The mailbox page, for the log line that says a message is waiting there. */
    public String address() {
        return address;
    }

    /**
     * Whether a request may open the mailbox: it is on, the request comes from this machine, and
     * it names no forwarding (a proxy on this machine would make everyone look local).
     */
    public boolean isOpenTo(String remoteAddress, boolean forwarded) {
        return on && !forwarded && isLoopback(remoteAddress);
    }

    synchronized Message keep(Email email) {
        Message m = new Message(next++, email.to(), email.subject(), email.body(), clock.instant(), email.attachments());
        messages.addFirst(m);
        while (messages.size() > KEPT) {
            messages.removeLast();
        }
        return m;
    }

    /** The messages kept, newest first. */
    public synchronized List<Message> newestFirst() {
        return List.copyOf(messages);
    }

    public synchronized Optional<Message> find(long number) {
        return messages.stream().filter(m -> m.number() == number).findFirst();
    }

    /** A base URL on this machine: {@code localhost}, or a loopback address written as numbers. */
    static boolean onThisMachine(String baseUrl) {
        String host;
        try {
            host = URI.create(baseUrl.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        host = host.replaceAll("^\\[|\\]$", "");
        return host.equalsIgnoreCase("localhost") || isLoopback(host);
    }

    /** Whether an address written as numbers (never a name: no lookup is made) is this machine's. */
    static boolean isLoopback(String address) {
        if (address == null || !address.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
