package org.coplan.resolution.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.coplan.cases.CaseRole;

/** A disagreement raised on a case: what it is about, what the person disagrees with and why, and where it has got to. */
public record Disagreement(
        UUID id,
        UUID caseId,
        Subject subject,
        String disagreeWith,
        String wouldLike,
        DisagreementStage stage,
        Outcome outcome,
        String outcomeNote,
        UUID raisedBy,
        String raisedByName,
        CaseRole raisedByRole,
        LocalDate raisedOn,
        Instant raisedAt,
        LocalDate closedOn,
        int version) {

    public boolean open() {
        return stage.open();
    }

    public boolean raisedByFamily() {
        return raisedByRole.isFamily();
    }

    public boolean raisedBy(UUID person) {
        return raisedBy.equals(person);
    }

    public Route route() {
        return subject.route();
    }

    /** Whole days since it was raised, for the dashboards' age bands. */
    public long ageInDays(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(raisedOn, today);
    }
}
