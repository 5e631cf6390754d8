package org.coplan.requests.web;

import org.coplan.people.SignedInPerson;
import org.coplan.requests.internal.ReferralWork;
import org.coplan.requests.internal.RequestWork;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Shows "Requests for assessment" in the header to an authority's coordinators and SEN managers,
 * and "Referrals" to the staff of an independent support service, decided from the database so a
 * new or removed role shows at once. The person's roles are read once a request anyway; only a
 * professional costs one more statement, to see whether their organisation is a support service.
 */
@ControllerAdvice
class RequestNavigation {

    /** Which of the two inboxes the person reads. */
    record Inboxes(boolean requests, boolean referrals) {}

    private final RequestWork requests;
    private final ReferralWork referrals;

    RequestNavigation(RequestWork requests, ReferralWork referrals) {
        this.requests = requests;
        this.referrals = referrals;
    }

    @ModelAttribute("inboxes")
    Inboxes inboxes() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignedInPerson person)) {
            return new Inboxes(false, false);
        }
        return new Inboxes(requests.mayHaveInbox(person.id()), referrals.worksForAService(person.id()));
    }
}
