package org.coplan.requests.web;

import org.coplan.people.SignedInPerson;
import org.coplan.requests.internal.RequestWork;
import org.coplan.shared.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Requests for assessment": the local authority's team inbox, for its EHC coordinators and SEN managers. */
@Controller
class InboxController {

    private final RequestWork work;

    InboxController(RequestWork work) {
        this.work = work;
    }

    @GetMapping("/requests")
    String showInbox(@AuthenticationPrincipal SignedInPerson who, Model model) {
        if (work.inboxesOf(who.id()).isEmpty()) {
            throw new NotFound();
        }
        model.addAttribute("requests", work.inbox(who.id()));
        return "requests/inbox";
    }
}
