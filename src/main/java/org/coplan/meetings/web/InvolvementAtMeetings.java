package org.coplan.meetings.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.cases.Involvement;
import org.coplan.cases.InvolvementReached;
import org.coplan.meetings.internal.Decisions;
import org.coplan.meetings.internal.InvolvementsReached;
import org.coplan.meetings.internal.Meetings;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Meetings (not cancelled) and decisions, each as a family member reached it, for the case page's
 * "Involvement so far": three reads whatever the size of the team.
 */
@Component
@Order(1)
class InvolvementAtMeetings implements InvolvementReached {

    private record Held(String subject, UUID id, java.time.Instant at) {}

    private final InvolvementsReached reached;
    private final Meetings meetings;
    private final Decisions decisions;

    InvolvementAtMeetings(InvolvementsReached reached, Meetings meetings, Decisions decisions) {
        this.reached = reached;
        this.meetings = meetings;
        this.decisions = decisions;
    }

    @Override
    public List<Reached> reachedOn(CaseId caseId, Set<UUID> family) {
        List<Held> held = new ArrayList<>();
        meetings.forCase(caseId.value()).stream().filter(m -> !m.cancelled()).forEach(m -> held.add(new Held("MEETING", m.id(), m.arrangedAt())));
        List<Held> decided = decisions.forCase(caseId.value()).stream().map(d -> new Held("DECISION", d.id(), d.recordedAt())).toList();
        if (held.isEmpty() && decided.isEmpty()) {
            return List.of();
        }
        Map<String, Involvement> levels = new HashMap<>();
        for (InvolvementsReached.Row r : reached.forCase(caseId.value())) {
            levels.put(r.subject().name() + "/" + r.subjectId() + "/" + r.memberId(), r.level());
        }
        List<Reached> out = new ArrayList<>();
        for (UUID member : family) {
            for (List<Held> kind : List.of(held, decided)) {
                if (kind.isEmpty()) {
                    continue;
                }
                List<Involvement> each = kind.stream().sorted(Comparator.comparing(Held::at).reversed())
                        .map(h -> levels.get(h.subject() + "/" + h.id() + "/" + member)).toList();
                out.add(new Reached(member, "reached.record." + kind.get(0).subject(), each, Involvement.INVOLVED_IN_DECISIONS));
            }
        }
        return out;
    }
}
