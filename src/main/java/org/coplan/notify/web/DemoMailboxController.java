package org.coplan.notify.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.notify.Email;
import org.coplan.notify.internal.DemoMailbox;
import org.coplan.notify.internal.DemoMailbox.Message;
import org.coplan.shared.web.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The demo mailbox: the email Coplan would have sent, for the person running it without a mail
 * server. Anyone else, and everyone on a real deployment, gets "Page not found".
 */
@Controller
class DemoMailboxController {

    /** A piece of a line of the message: text, or a link when {@code href} is set. */
    record Part(String text, String href) {}

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)']");

    private final DemoMailbox mailbox;

    DemoMailboxController(DemoMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/demo-mail")
    String showMailbox(HttpServletRequest request, Model model) {
        open(request);
        model.addAttribute("messages", mailbox.newestFirst());
        model.addAttribute("kept", DemoMailbox.KEPT);
        return "notify/demo-mail";
    }

    @GetMapping("/demo-mail/{number}")
    String showMessage(@PathVariable String number, HttpServletRequest request, Model model) {
        Message message = message(number, request);
        model.addAttribute("message", message);
        model.addAttribute("paragraphs", paragraphs(message.body()));
        return "notify/demo-message";
    }

    @GetMapping("/demo-mail/{number}/attachments/{index}")
    ResponseEntity<byte[]> downloadAttachment(@PathVariable String number, @PathVariable String index, HttpServletRequest request) {
        Message message = message(number, request);
        int i = parse(index);
        if (i < 1 || i > message.attachments().size()) {
            throw new NotFound();
        }
        Email.Attachment a = message.attachments().get(i - 1);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(a.fileName()).build().toString())
                .body(a.content());
    }

    private void open(HttpServletRequest request) {
        if (!DemoMailboxNotice.openTo(mailbox, request)) {
            throw new NotFound();
        }
    }

    private Message message(String number, HttpServletRequest request) {
        open(request);
        return mailbox.find(parse(number)).orElseThrow(NotFound::new);
    }

    private static int parse(String number) {
        if (!number.matches("[0-9]{1,9}")) {
            throw new NotFound();
        }
        return Integer.parseInt(number);
    }

    /** The body as paragraphs of lines, each line cut into text and links, so the links work. */
    static List<List<List<Part>>> paragraphs(String body) {
        List<List<List<Part>>> paragraphs = new ArrayList<>();
        for (String paragraph : body.strip().split("\\R\\s*\\R")) {
            List<List<Part>> lines = new ArrayList<>();
            for (String line : paragraph.split("\\R")) {
                List<Part> parts = new ArrayList<>();
                Matcher m = LINK.matcher(line);
                int at = 0;
                while (m.find()) {
                    if (m.start() > at) {
                        parts.add(new Part(line.substring(at, m.start()), null));
                    }
                    parts.add(new Part(m.group(), m.group()));
                    at = m.end();
                }
                if (at < line.length()) {
                    parts.add(new Part(line.substring(at), null));
                }
                lines.add(parts);
            }
            paragraphs.add(lines);
        }
        return paragraphs;
    }
}
