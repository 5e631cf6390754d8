package org.coplan.resolution.internal;

import java.util.List;
import java.util.Locale;
import org.coplan.cases.CaseNotices;
import org.coplan.resolution.DisagreementMoved;
import org.coplan.resolution.DisagreementRaised;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about disagreements once the change is saved: the case's leads when one is
 * raised, and the person who raised it when someone else moves or closes it ("you said, we
 * did"). Module listeners, delivered through the event publication registry.
 */
@Component
class TellingAboutDisagreements {

    private final CaseNotices notices;
    private final MessageSource messages;

    TellingAboutDisagreements(CaseNotices notices, MessageSource messages) {
        this.notices = notices;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void raised(DisagreementRaised raised) {
        notices.tell(raised.caseId(), t -> t.role().isLead() && !t.personId().equals(raised.raisedBy()),
                "email.disagreementRaised.subject", "email.disagreementRaised.body", List.of(raised.raisedByName()),
                path(raised.caseId().value(), raised.disagreementId()));
    }

    @ApplicationModuleListener
    void moved(DisagreementMoved moved) {
        if (moved.raisedBy().equals(moved.movedBy())) {
            return;
        }
        String where = moved.outcome() != null
                ? messages.getMessage("disagreement.outcome." + moved.outcome(), null, Locale.UK)
                : messages.getMessage("disagreement.stage." + moved.stage(), null, Locale.UK);
        notices.tell(moved.caseId(), moved.raisedBy(), "email.youSaid.subject",
                moved.outcome() != null ? "email.youSaid.closedBody" : "email.youSaid.disagreementBody",
                List.of(moved.movedByName(), where), path(moved.caseId().value(), moved.disagreementId()));
    }

    private static String path(java.util.UUID caseId, java.util.UUID disagreementId) {
        return "/cases/" + caseId + "/disagreements/" + disagreementId;
    }
}
