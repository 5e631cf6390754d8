package org.coplan.meetings.web;

import org.coplan.meetings.internal.SchoolYouSaid;
import org.coplan.people.SignedInPerson;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Shows "You said, we did" in the header to SENCOs, decided from the database so a new or removed role shows at once. */
@ControllerAdvice
class YouSaidNavigation {

    private final SchoolYouSaid schools;

    YouSaidNavigation(SchoolYouSaid schools) {
        this.schools = schools;
    }

    @ModelAttribute("youSaidSchools")
    boolean youSaidSchools() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInPerson person && schools.leadsASchool(person.id());
    }
}
