package org.coplan.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseAudience;
import org.coplan.cases.CaseId;
import org.coplan.cases.Involvement;
import org.coplan.meetings.internal.Decisions;
import org.coplan.meetings.internal.FamilyVoice;
import org.coplan.meetings.internal.InvolvementsReached;
import org.coplan.meetings.internal.Meetings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The level of involvement each family member actually reached on a case's meetings and decisions,
 * beside the level they chose, so a page can show a gap to the lead. Levels are those of
 * {@link Involvement}: told of it ({@code KEPT_INFORMED}), gave their views ({@code ASKED_FOR_VIEWS}),
 * took part (came to the meeting, or gave or confirmed their own position on the decision:
 * {@code INVOLVED_IN_DECISIONS}). Meetings and decisions never reach {@code CO_PRODUCING}: that is
 * reached on a plan.
 */
@Service
@Transactional(readOnly = true)
public class FamilyInvolvement {

    public enum Kind {
        MEETING,
        DECISION
    }

    /**
     * One meeting or decision as one family member reached it.
     *
     * @param reached the level reached, or null when they were not even told of it
     * @param at when they reached it, or null
     */
    public record Reached(UUID memberId, Kind kind, UUID subjectId, String title, Instant happenedAt, Involvement reached,
            Instant at) {}

    /**
     * One family member: the level they chose, and each of the case's meetings (not cancelled) and
     * decisions with the level they reached, the most recent first.
     */
    public record Member(UUID memberId, Involvement chosen, List<Reached> reached) {

        /** The meetings and decisions where they reached less than they chose. */
        public List<Reached> gaps() {
            return reached.stream().filter(r -> r.reached() == null || r.reached().ordinal() < cap(r.kind(), chosen).ordinal()).toList();
        }

        /** Co-producing is reached on plans: a meeting or decision asks at most for involvement in decisions. */
        private static Involvement cap(Kind kind, Involvement chosen) {
            return chosen == Involvement.CO_PRODUCING ? Involvement.INVOLVED_IN_DECISIONS : chosen;
        }
    }

    private final InvolvementsReached reached;
    private final Meetings meetings;
    private final Decisions decisions;
    private final FamilyVoice voice;
    private final CaseAccess cases;

    FamilyInvolvement(InvolvementsReached reached, Meetings meetings, Decisions decisions, FamilyVoice voice, CaseAccess cases) {
        this.reached = reached;
        this.meetings = meetings;
        this.decisions = decisions;
        this.voice = voice;
        this.cases = cases;
    }

    /** Every family member who may see the case now, with chosen against reached on each meeting and decision. */
    public List<Member> forCase(CaseId caseId) {
        Map<String, InvolvementsReached.Row> rows = new HashMap<>();
        for (InvolvementsReached.Row r : reached.forCase(caseId.value())) {
            rows.put(r.subject() + "/" + r.subjectId() + "/" + r.memberId(), r);
        }
        List<Meetings.Meeting> ms = meetings.forCase(caseId.value()).stream().filter(m -> !m.cancelled()).toList();
        List<Decisions.Decision> ds = decisions.forCase(caseId.value());
        List<Member> out = new ArrayList<>();
        for (CaseAudience.Told t : cases.audience(caseId).family()) {
            List<Reached> list = new ArrayList<>();
            for (Meetings.Meeting m : ms) {
                InvolvementsReached.Row r = rows.get("MEETING/" + m.id() + "/" + t.memberId());
                list.add(new Reached(t.memberId(), Kind.MEETING, m.id(), m.title(), m.arrangedAt(), r == null ? null : r.level(),
                        r == null ? null : r.reachedAt()));
            }
            for (Decisions.Decision d : ds) {
                InvolvementsReached.Row r = rows.get("DECISION/" + d.id() + "/" + t.memberId());
                list.add(new Reached(t.memberId(), Kind.DECISION, d.id(), d.question(), d.recordedAt(), r == null ? null : r.level(),
                        r == null ? null : r.reachedAt()));
            }
            list.sort(java.util.Comparator.comparing(Reached::happenedAt).reversed());
            out.add(new Member(t.memberId(), voice.chosen(t.memberId()), list));
        }
        return out;
    }
}
