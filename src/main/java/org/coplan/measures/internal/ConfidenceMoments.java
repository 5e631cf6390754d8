package org.coplan.measures.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.Stage;
import org.coplan.measures.ConfidenceSurveys;
import org.coplan.measures.ConfidenceMoment;
import org.coplan.measures.domain.ConfidencePeriod;
import org.coplan.meetings.ReviewMeetingHeld;
import org.coplan.plans.PlanVersionSent;
import org.coplan.resolution.DisagreementMoved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The moments at which the confidence survey is offered: a plan version sent for comment, an annual
 * review meeting held, a disagreement closed, and once a term for every case at SEN support.
 *
 * <p>The once-a-term offer is safe with several nodes on one database: the node that claims the term's
 * row makes that term's offers, and each offer is itself unique per person, case and term.
 */
@Component
public class ConfidenceMoments {

    private static final Logger log = LoggerFactory.getLogger(ConfidenceMoments.class);

    private final ConfidenceSurveys surveys;
    private final ConfidenceOffers offers;
    private final CaseAccess cases;
    private final Clock clock;

    ConfidenceMoments(ConfidenceSurveys surveys, ConfidenceOffers offers, CaseAccess cases, Clock clock) {
        this.surveys = surveys;
        this.offers = offers;
        this.cases = cases;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PlanVersionSent sent) {
        surveys.offer(sent.caseId(), ConfidenceMoment.PLAN_SENT,
                "plan-" + sent.kind().name() + "-" + sent.number() + (sent.amendment() ? "-amendment" : ""));
    }

    @ApplicationModuleListener
    void on(ReviewMeetingHeld held) {
        surveys.offer(held.caseId(), ConfidenceMoment.REVIEW_HELD, "review-" + held.meetingId());
    }

    @ApplicationModuleListener
    void on(DisagreementMoved moved) {
        if ("CLOSED".equals(moved.stage())) {
            surveys.offer(moved.caseId(), ConfidenceMoment.DISAGREEMENT_CLOSED, "disagreement-" + moved.disagreementId());
        }
    }

    @Scheduled(cron = "${coplan.reminders.cron}", zone = "Europe/London")
    public void run() {
        int offered = offerThisTerm();
        if (offered > 0) {
            log.info("Confidence survey: offered to {} people at SEN support this term", offered);
        }
    }

    /** Offers this term's survey on every case at SEN support, once, on the node that claims the term. */
    public int offerThisTerm() {
        String term = ConfidencePeriod.termOf(LocalDate.now(clock));
        if (!offers.claimTerm(term, clock.instant())) {
            return 0;
        }
        int offered = 0;
        for (CaseId c : cases.casesAtStage(Stage.SEN_SUPPORT)) {
            offered += surveys.offer(c, ConfidenceMoment.TERM_AT_SEN_SUPPORT, ConfidenceSurveys.termKey(LocalDate.now(clock)));
        }
        return offered;
    }
}
