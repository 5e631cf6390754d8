package org.coplan.people.web;

import org.coplan.people.SignedInPerson;
import org.coplan.people.internal.Administration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Shows the Administration link to administrators, decided from the database so a new role shows at once. */
@ControllerAdvice
class AdministratorNavigation {

    private final Administration administration;

    AdministratorNavigation(Administration administration) {
        this.administration = administration;
    }

    @ModelAttribute("isAdministrator")
    boolean isAdministrator() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInPerson person
                && !administration.authoritiesOf(person.id()).isEmpty();
    }
}
