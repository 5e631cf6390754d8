package org.coplan.plans.internal;

import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseNotices;
import org.coplan.people.People;
import org.coplan.plans.ContributionAnswered;
import org.coplan.plans.ContributionMade;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about contributions once they are saved: the plan writer when a contribution
 * arrives, its author when it is answered. Each is a module listener, so the event is kept in
 * the event publication registry until the email has gone and is delivered again after a
 * restart if sending failed. Who is told is decided by the case's audience ({@link CaseNotices});
 * the email names no child.
 */
@Component
class TellingAboutContributions {

    private final CaseNotices notices;
    private final People people;

    TellingAboutContributions(CaseNotices notices, People people) {
        this.notices = notices;
        this.people = people;
    }

    @ApplicationModuleListener
    void contributed(ContributionMade made) {
        String from = people.find(made.author()).map(p -> p.displayName()).orElse("");
        notices.tell(made.caseId(), t -> t.role() == made.kind().writer() && !t.personId().equals(made.author()),
                "email.contributed.subject", "email.contributed.body", List.of(from),
                path(made.caseId().value(), made.planId(), made.versionNumber(), made.sectionSlug()));
    }

    @ApplicationModuleListener
    void answered(ContributionAnswered answered) {
        notices.tell(answered.caseId(), answered.author(),
                "email.answered.subject", "email.answered.body", List.of(answered.answeredByName()),
                path(answered.caseId().value(), answered.planId(), answered.versionNumber(), answered.sectionSlug()));
    }

    private static String path(UUID caseId, UUID planId, int version, String section) {
        return "/cases/" + caseId + "/plans/" + planId + "/versions/" + version + "/sections/" + section;
    }
}
