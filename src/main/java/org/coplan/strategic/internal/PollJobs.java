package org.coplan.strategic.internal;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code coplan.polls.cron}: one reminder, {@code coplan.polls.remind-hours} before a poll
 * closes, to the members it was sent to who have not answered (never to those who have, and never
 * twice: each reminder is recorded); and a note to the forum's officers when an outcome's review date comes.
 */
@Component
public class PollJobs {

    private static final Logger log = LoggerFactory.getLogger(PollJobs.class);
    public static final String BY_JOB = "JOB";

    private final Polls polls;
    private final int hours;

    PollJobs(Polls polls, @Value("${coplan.polls.remind-hours:24}") int hours) {
        this.polls = polls;
        this.hours = hours;
    }

    @Scheduled(cron = "${coplan.polls.cron:0 */15 * * * *}", zone = "Europe/London")
    public void run() {
        int reminded = remindClosingSoon();
        int reviews = polls.tellReviewsDue();
        if (reminded > 0 || reviews > 0) {
            log.info("Polls: {} member(s) reminded, {} outcome review(s) raised", reminded, reviews);
        }
    }

    /** Reminds the non-answerers of every poll closing within the set hours; returns how many were reminded. */
    public int remindClosingSoon() {
        List<UUID> due = polls.closingSoon(hours);
        int sent = 0;
        for (UUID id : due) {
            sent += polls.remind(id, BY_JOB);
        }
        return sent;
    }
}
