package org.coplan.notify.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.coplan.notify.internal.DemoMailbox;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page whether to point to the demo mailbox: only when it is on and open to this request. */
@ControllerAdvice
class DemoMailboxNotice {

    /** Headers a proxy adds; a request carrying one did not come straight from this machine. */
    private static final List<String> FORWARDING = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Real-IP");

    private final DemoMailbox mailbox;

    DemoMailboxNotice(DemoMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @ModelAttribute("demoMailbox")
    boolean demoMailbox(HttpServletRequest request) {
        return openTo(mailbox, request);
    }

    static boolean openTo(DemoMailbox mailbox, HttpServletRequest request) {
        boolean forwarded = FORWARDING.stream().anyMatch(h -> request.getHeader(h) != null);
        return mailbox.isOpenTo(request.getRemoteAddr(), forwarded);
    }
}
