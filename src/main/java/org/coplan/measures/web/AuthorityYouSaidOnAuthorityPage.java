package org.coplan.measures.web;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffRole;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the authority page a link to "you said, we did" for the area when the reader is that
 * authority's SEN manager. Decided from the signed-in person's roles alone: no extra statement.
 */
@ControllerAdvice(basePackages = "org.coplan.process.web")
class AuthorityYouSaidOnAuthorityPage {

    /** The authorities whose "you said, we did" the person manages. */
    @ModelAttribute("authorityYouSaidFor")
    Set<UUID> authorityYouSaidFor(@AuthenticationPrincipal SignedInPerson who) {
        return who == null ? Set.of() : who.staffMemberships().stream()
                .filter(m -> m.role() == StaffRole.SEN_MANAGER)
                .map(m -> m.organisationId().value())
                .collect(Collectors.toSet());
    }
}
