package org.coplan.provision.web;

import org.coplan.people.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives staff home pages a link to "My provision this week". Decided from the signed-in person
 * alone (a staff role anywhere), so the home page costs no extra statement.
 */
@ControllerAdvice(basePackages = "org.coplan.process.web")
class MyWeekOnHome {

    @ModelAttribute("myWeekLink")
    boolean myWeekLink(@AuthenticationPrincipal SignedInPerson who) {
        return who != null && !who.staffMemberships().isEmpty();
    }
}
