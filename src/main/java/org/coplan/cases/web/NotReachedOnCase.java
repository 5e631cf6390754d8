package org.coplan.cases.web;

import java.util.Optional;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseWarning;
import org.coplan.cases.domain.CaseAction;
import org.coplan.notify.MessageOutbox;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Warns a case's leads of messages that did not reach someone after their last try, so none is silently lost. */
@Component
@Order(5)
class NotReachedOnCase implements CaseWarning {

    private final MessageOutbox outbox;

    NotReachedOnCase(MessageOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Optional<Warning> warningFor(CaseContext ctx) {
        if (!ctx.can(CaseAction.MANAGE_TEAM)) {
            return Optional.empty();
        }
        long count = outbox.countNotReached(ctx.caseId().value());
        return count == 0 ? Optional.empty()
                : Optional.of(new Warning("channels.notReached.warning", count, "channels.notReached.link",
                        "/cases/" + ctx.caseId().value() + "/messages"));
    }
}
