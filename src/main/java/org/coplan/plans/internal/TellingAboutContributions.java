package org.coplan.plans.internal;

import java.util.Locale;
import org.coplan.cases.CaseAccess;
import org.coplan.notify.Email;
import org.coplan.notify.Emails;
import org.coplan.people.People;
import org.coplan.people.PersonId;
import org.coplan.plans.ContributionAnswered;
import org.coplan.plans.ContributionMade;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about contributions once they are saved: the plan writer when a contribution
 * arrives, its author when it is answered. Each is a module listener, so the event is kept in
 * the event publication registry until the email has gone and is delivered again after a
 * restart if sending failed. Who is told is decided by the case's audience, the same access
 * policy that decides who may see the case; the email names no child.
 */
@Component
class TellingAboutContributions {

    private final CaseAccess cases;
    private final People people;
    private final Emails emails;
    private final MessageSource messages;
    private final String baseUrl;
    private final String serviceName;

    TellingAboutContributions(CaseAccess cases, People people, Emails emails, MessageSource messages,
            @Value("${coplan.base-url}") String baseUrl, @Value("${coplan.service-name}") String serviceName) {
        this.cases = cases;
        this.people = people;
        this.emails = emails;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.serviceName = serviceName;
    }

    @ApplicationModuleListener
    void contributed(ContributionMade made) {
        String link = link(made.caseId().value(), made.planId(), made.versionNumber(), made.sectionSlug());
        String from = people.find(made.author()).map(p -> p.displayName()).orElse("");
        cases.audience(made.caseId()).told().stream()
                .filter(t -> t.role() == made.kind().writer() && t.takesEmail() && !t.personId().equals(made.author()))
                .forEach(t -> tell(t.personId(), made.caseId().value(), "email.contributed.subject", "email.contributed.body", from, link));
    }

    @ApplicationModuleListener
    void answered(ContributionAnswered answered) {
        boolean told = cases.audience(answered.caseId()).told().stream()
                .anyMatch(t -> t.personId().equals(answered.author()) && t.takesEmail());
        if (told) {
            tell(answered.author(), answered.caseId().value(), "email.answered.subject", "email.answered.body", answered.answeredByName(),
                    link(answered.caseId().value(), answered.planId(), answered.versionNumber(), answered.sectionSlug()));
        }
    }

    private void tell(PersonId to, java.util.UUID caseId, String subjectKey, String bodyKey, String who, String link) {
        Locale locale = Locale.UK;
        people.find(to).ifPresent(person -> emails.send(new Email(person.email(),
                messages.getMessage(subjectKey, new Object[] {serviceName}, locale),
                messages.getMessage(bodyKey, new Object[] {person.displayName(), who, link}, locale), caseId)));
    }

    private String link(java.util.UUID caseId, java.util.UUID planId, int version, String section) {
        return baseUrl + "/cases/" + caseId + "/plans/" + planId + "/versions/" + version + "/sections/" + section;
    }
}
