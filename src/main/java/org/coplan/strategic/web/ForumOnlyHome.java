package org.coplan.strategic.web;

import org.coplan.people.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the home page when the person's only roles are in a parent carer forum, so a forum member
 * with no child's plan on Coplan is pointed to the forum rather than told they have no children.
 */
@ControllerAdvice(basePackages = "org.coplan.process.web")
class ForumOnlyHome {

    @ModelAttribute("forumOnly")
    boolean forumOnly(@AuthenticationPrincipal SignedInPerson who) {
        return who != null && !who.staffMemberships().isEmpty() && who.staffMemberships().stream().allMatch(m -> switch (m.role()) {
            case FORUM_MEMBER, FORUM_OFFICER -> true;
            case SENCO, EHC_COORDINATOR, SEN_MANAGER, PROFESSIONAL, ADMINISTRATOR -> false;
        });
    }
}
