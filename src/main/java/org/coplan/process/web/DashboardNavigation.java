package org.coplan.process.web;

import org.coplan.people.People;
import org.coplan.people.SignedInPerson;
import org.coplan.process.domain.DashboardAccess;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Shows the "Caseload" and "Local authority" links to staff who have those pages, decided from
 * the database so a new or removed role shows at once.
 */
@ControllerAdvice
class DashboardNavigation {

    /** What the header shows: which dashboard links. */
    record Links(boolean caseload, boolean authority) {}

    private final People people;

    DashboardNavigation(People people) {
        this.people = people;
    }

    @ModelAttribute("dashboards")
    Links dashboards() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignedInPerson person)) {
            return new Links(false, false);
        }
        DashboardAccess access = DashboardAccess.of(people.staffMemberships(person.id()));
        return new Links(access.hasCaseload(), access.hasAuthorityView());
    }
}
