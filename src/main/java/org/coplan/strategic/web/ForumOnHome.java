package org.coplan.strategic.web;

import org.coplan.people.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the home page a link to the forum's pages for forum members and officers and for the
 * authority's SEN managers, decided from the signed-in roles alone (no extra statement).
 */
@ControllerAdvice(basePackages = "org.coplan.process.web")
class ForumOnHome {

    @ModelAttribute("forumLink")
    boolean forumLink(@AuthenticationPrincipal SignedInPerson who) {
        return who != null && who.staffMemberships().stream().anyMatch(m -> switch (m.role()) {
            case FORUM_MEMBER, FORUM_OFFICER, SEN_MANAGER -> true;
            case SENCO, EHC_COORDINATOR, PROFESSIONAL, ADMINISTRATOR -> false;
        });
    }
}
