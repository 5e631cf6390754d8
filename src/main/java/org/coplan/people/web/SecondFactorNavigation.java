package org.coplan.people.web;

import org.coplan.people.SignedInPerson;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Shows the "Sign-in and security" link to staff, who may set up a second factor. */
@ControllerAdvice
class SecondFactorNavigation {

    @ModelAttribute("accountSecurity")
    boolean accountSecurity() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInPerson person && !person.staffMemberships().isEmpty();
    }
}
