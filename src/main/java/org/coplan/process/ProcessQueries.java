package org.coplan.process;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coplan.cases.CaseContext;
import org.coplan.process.domain.DeadlineKey;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.process.internal.ProcessEvents.Recorded;
import org.coplan.process.internal.ProcessWork;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may read about a case's statutory process. The caller has opened the case through CaseAccess. */
@Service
@Transactional(readOnly = true)
public class ProcessQueries {

    /** A decision recorded on the timeline that the family can appeal against, and the day its notice was sent. */
    public record AppealableDecision(UUID id, ProcessEventKind kind, LocalDate noticeSent) {}

    private final ProcessWork work;

    ProcessQueries(ProcessWork work) {
        this.work = work;
    }

    /**
     * The decisions on the case that carry a right of appeal (those the timeline shows an appeal
     * deadline for), newest first.
     */
    public List<AppealableDecision> appealableDecisions(CaseContext ctx) {
        Map<UUID, ProcessEvent> events = work.recorded(ctx.caseId().value()).stream()
                .map(Recorded::event)
                .collect(Collectors.toMap(ProcessEvent::id, Function.identity()));
        return work.process(ctx.child()).deadlines().stream()
                .filter(d -> d.key() == DeadlineKey.APPEAL && events.containsKey(d.subjectId()))
                .map(d -> events.get(d.subjectId()))
                .map(e -> new AppealableDecision(e.id(), e.kind(), e.occurredOn()))
                .distinct()
                .sorted(Comparator.comparing(AppealableDecision::noticeSent).reversed())
                .toList();
    }
}
