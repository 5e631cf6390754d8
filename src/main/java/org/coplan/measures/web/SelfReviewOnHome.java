package org.coplan.measures.web;

import org.coplan.measures.internal.SelfReviewWork;
import org.coplan.people.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the home pages of SENCOs, service staff, SEN managers and parent carer forum members a link
 * to the Genuine Partnerships self-review. Decided from the signed-in person's roles alone, so the
 * home page costs no extra statement.
 */
@ControllerAdvice(basePackages = "org.coplan.process.web")
class SelfReviewOnHome {

    @ModelAttribute("selfReviewLink")
    boolean selfReviewLink(@AuthenticationPrincipal SignedInPerson who) {
        return who != null && SelfReviewWork.mayHaveReviews(who.staffMemberships());
    }
}
