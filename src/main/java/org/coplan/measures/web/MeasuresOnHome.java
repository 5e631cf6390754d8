package org.coplan.measures.web;

import org.coplan.people.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the home pages of staff who may see co-production figures (SENCOs, service staff, EHC
 * coordinators and SEN managers) a link to the dashboards. Decided from the signed-in person's roles
 * alone, so the home page costs no extra statement; the list page itself asks {@code FigureScopes}.
 */
@ControllerAdvice(basePackages = "org.coplan.process.web")
class MeasuresOnHome {

    @ModelAttribute("measuresLink")
    boolean measuresLink(@AuthenticationPrincipal SignedInPerson who) {
        return who != null && who.staffMemberships().stream().anyMatch(m -> switch (m.role()) {
            case SENCO, EHC_COORDINATOR, SEN_MANAGER, PROFESSIONAL -> true;
            case FORUM_MEMBER, FORUM_OFFICER, ADMINISTRATOR -> false;
        });
    }
}
