package org.coplan.people.web;

import org.coplan.people.People;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Shows the Administration link to administrators, decided from the roles held now so a new role
 * shows at once. The roles are the ones read once for the whole request (the header's other links
 * and the page's access check use the same read); the administration pages themselves check the
 * authority each role belongs to.
 */
@ControllerAdvice
class AdministratorNavigation {

    private final People people;

    AdministratorNavigation(People people) {
        this.people = people;
    }

    @ModelAttribute("isAdministrator")
    boolean isAdministrator() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInPerson person
                && people.staffMemberships(person.id()).stream().anyMatch(m -> m.role() == StaffRole.ADMINISTRATOR);
    }
}
