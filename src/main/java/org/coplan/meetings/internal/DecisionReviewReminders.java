package org.coplan.meetings.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseNotices;
import org.coplan.meetings.internal.Decisions.ReviewDue;
import org.coplan.people.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every {@code coplan.reminders.cron}: reminds the owner of each decision (the lead who recorded it)
 * once, on or after its review date, to look at it again, as an outcome's review date does in Loomio.
 *
 * <p>Safe with several nodes on one database: each reminder is claimed by setting the decision's
 * {@code review_reminded_at} where it is still empty, in the transaction that sends it, so exactly one
 * node sends it; if sending fails the claim is rolled back and the next run tries again.
 */
@Component
public class DecisionReviewReminders {

    private static final Logger log = LoggerFactory.getLogger(DecisionReviewReminders.class);

    private final Decisions decisions;
    private final CaseNotices notices;
    private final TransactionTemplate tx;
    private final Clock clock;

    DecisionReviewReminders(Decisions decisions, CaseNotices notices,
            org.springframework.transaction.PlatformTransactionManager transactions, Clock clock) {
        this.decisions = decisions;
        this.notices = notices;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${coplan.reminders.cron}", zone = "Europe/London")
    public void run() {
        int sent = sendDue();
        if (sent > 0) {
            log.info("Decision reviews: {} owner(s) reminded", sent);
        }
    }

    /** Reminds the owner of every decision whose review is due and not yet reminded; returns how many this node claimed. */
    public int sendDue() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        List<ReviewDue> due;
        do {
            due = decisions.reviewsDue(today);
            int before = sent;
            for (ReviewDue d : due) {
                Boolean claimed = tx.execute(s -> {
                    if (!decisions.claimReviewReminder(d.id(), clock.instant())) {
                        return false;
                    }
                    notices.tell(new CaseId(d.caseId()), new PersonId(d.ownerId()), "decision.email.reviewSubject",
                            "decision.email.reviewBody", List.of(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).format(d.reviewOn())), "/cases/" + d.caseId() + "/decisions/" + d.id());
                    return true;
                });
                if (Boolean.TRUE.equals(claimed)) {
                    sent++;
                }
            }
            if (sent == before) {
                break;
            }
        } while (due.size() == 200);
        return sent;
    }
}
