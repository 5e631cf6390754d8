package org.coplan.provision;

import java.time.LocalDate;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.people.PersonId;
import org.coplan.plans.PlannedProvision;
import org.coplan.provision.domain.RecordingRules;
import org.coplan.provision.internal.ProvisionItems;
import org.coplan.provision.internal.RecordingSessions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records sessions of provision directly, acting as the person named, through the same rules as
 * the pages: for demo data and set-up.
 */
@Service
@Transactional
public class DeliverySetup {

    private final PlannedProvision planned;
    private final ProvisionItems items;
    private final RecordingSessions recording;

    DeliverySetup(PlannedProvision planned, ProvisionItems items, RecordingSessions recording) {
        this.planned = planned;
        this.items = items;
        this.recording = recording;
    }

    /**
     * Makes the plan in force the provision in force now, as issuing it does a moment after: for
     * set-up that records sessions in the same transaction as the plan was issued. Safe to run
     * twice, so the copy that follows the issue changes nothing.
     */
    public void provisionInForce(CaseId caseId, LocalDate issuedOn) {
        planned.inForce(caseId).ifPresent(plan -> items.replaceInForce(plan, issuedOn));
    }

    /**
     * Records a session of the case's item with these words as the person; {@code makesUpFor} is
     * the day of the missed session it makes up, or null. Returns the session's id; throws if the
     * rules refuse it.
     */
    public UUID record(PersonId who, CaseId caseId, String item, LocalDate on, boolean delivered, Integer minutes, String deliveredBy,
            String note, String reason, LocalDate makesUpFor) {
        UUID lineage = items.forCase(caseId.value()).stream().filter(i -> i.description().equals(item)).findFirst().orElseThrow().lineage();
        RecordingSessions.ItemOnCase on2 = recording.open(who, caseId.value(), lineage);
        String makesUp = makesUpFor == null ? null : recording.current(on2).stream().filter(s -> s.date().equals(makesUpFor) && !s.delivered())
                .findFirst().orElseThrow().id().toString();
        RecordingSessions.Saved saved = recording.record(on2, new RecordingRules.Typed(on, delivered ? "DELIVERED" : "NOT_DELIVERED",
                minutes == null ? null : String.valueOf(minutes), deliveredBy, note, reason, null, makesUp), null);
        if (!saved.ok()) {
            throw new IllegalStateException("Session not recorded: " + saved.problems());
        }
        return saved.sessionId();
    }
}
