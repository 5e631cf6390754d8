package org.coplan.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time is injected: every rule that needs "now" takes this clock, and tests replace it. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** Coplan serves England: dates and deadlines are in UK time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
