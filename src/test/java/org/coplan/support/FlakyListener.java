package org.coplan.support;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.coplan.plans.ContributionAnswered;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A module listener that, when armed, fails the next delivery, as a listener whose mail server
 * or database was away would. Counts the deliveries that went through.
 */
@TestComponent
public class FlakyListener {

    private final AtomicBoolean failNext = new AtomicBoolean();
    private final AtomicInteger delivered = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    public int failed() {
        return failed.get();
    }

    public void failNextDelivery() {
        failNext.set(true);
    }

    public int delivered() {
        return delivered.get();
    }

    @ApplicationModuleListener
    void on(ContributionAnswered answered) {
        if (failNext.getAndSet(false)) {
            failed.incrementAndGet();
            throw new IllegalStateException("Listener failed once, on purpose");
        }
        delivered.incrementAndGet();
    }
}
