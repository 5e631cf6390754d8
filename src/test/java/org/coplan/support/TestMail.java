package org.coplan.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One real SMTP server (GreenMail) for the whole test run, on a free port. */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {}

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }

    /** Every message received so far for this address, oldest first. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    public static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link in the newest message to this address that starts with the given path. */
    public static String latestLink(String address, String pathPrefix) {
        List<MimeMessage> messages = to(address);
        if (messages.isEmpty()) {
            throw new AssertionError("No email was sent to " + address);
        }
        String body = body(messages.get(messages.size() - 1));
        Matcher m = Pattern.compile("https?://[^\\s]+(" + Pattern.quote(pathPrefix) + "[^\\s]+)").matcher(body);
        if (!m.find()) {
            throw new AssertionError("No link to " + pathPrefix + " in: " + body);
        }
        return m.group(1);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
