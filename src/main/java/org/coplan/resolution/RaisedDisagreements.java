package org.coplan.resolution;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.coplan.cases.CaseId;
import org.coplan.people.OrganisationId;
import org.coplan.resolution.domain.Disagreement;
import org.coplan.resolution.domain.StageChange;
import org.coplan.resolution.domain.Subject;
import org.coplan.resolution.internal.Disagreements;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disagreements people raised and where each has got to, for "you said, we did". Callers
 * have opened the case (or, for a school's figures, the school) through the access policy.
 */
@Service
@Transactional(readOnly = true)
public class RaisedDisagreements {

    /** A disagreement with every stage change it went through, oldest first. */
    public record Raised(Disagreement disagreement, List<StageChange> changes) {}

    private final Disagreements disagreements;
    private final MessageSource messages;

    RaisedDisagreements(Disagreements disagreements, MessageSource messages) {
        this.disagreements = disagreements;
        this.messages = messages;
    }

    /** The disagreements the family (a parent, carer, child or young person) raised on the case, newest first. */
    public List<Raised> byFamily(CaseId caseId) {
        return disagreements.forCase(caseId.value()).stream()
                .filter(Disagreement::raisedByFamily)
                .map(d -> new Raised(d, disagreements.changes(d.id())))
                .toList();
    }

    /** The disagreements the family raised on a school's cases on days in [from, to). */
    public List<Disagreement> byFamilyAtSchool(OrganisationId school, LocalDate from, LocalDate to) {
        return disagreements.raisedAtSchool(school.value(), from, to).stream().filter(Disagreement::raisedByFamily).toList();
    }

    /** What a disagreement is about, in words: the plan section, the decision, or the person's own words. */
    public String about(Disagreement d, Locale locale) {
        Subject s = d.subject();
        return switch (s.kind()) {
            case PLAN_SECTION -> messages.getMessage("plan.section." + s.section().name(), null, locale);
            case STATUTORY_DECISION -> messages.getMessage("process.kind." + s.decisionKind().name(), null, locale);
            case OTHER -> s.aboutText();
        };
    }
}
