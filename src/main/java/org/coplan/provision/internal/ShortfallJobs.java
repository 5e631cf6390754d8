package org.coplan.provision.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the shortfall check runs: every minute for the cases whose sessions were just recorded
 * ({@code coplan.provision.check-cron}), and each morning for every case
 * ({@code coplan.provision.daily-cron}), since what is expected so far grows week by week. "-"
 * turns either off.
 */
@Component
class ShortfallJobs {

    private static final Logger log = LoggerFactory.getLogger(ShortfallJobs.class);

    private final ShortfallCheck check;

    ShortfallJobs(ShortfallCheck check) {
        this.check = check;
    }

    @Scheduled(cron = "${coplan.provision.check-cron:0 * * * * *}", zone = "Europe/London")
    void afterSessionsRecorded() {
        check.checkRecorded();
    }

    @Scheduled(cron = "${coplan.provision.daily-cron:0 30 6 * * *}", zone = "Europe/London")
    void everyMorning() {
        int cases = check.checkAll();
        log.info("Provision shortfall check: {} cases", cases);
    }
}
