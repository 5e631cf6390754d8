package org.coplan.resolution.domain;

import java.time.Instant;
import org.coplan.cases.CaseRole;

/** One move from a stage to another, with who made it, when and why. */
public record StageChange(DisagreementStage from, DisagreementStage to, Outcome outcome, String note, String byName, CaseRole byRole,
        Instant at) {}
