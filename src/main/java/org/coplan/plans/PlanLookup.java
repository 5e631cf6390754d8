package org.coplan.plans;

import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.internal.Plans;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which plan a case has, for other modules that point at a plan's sections (a decision that
 * changes section F). Callers have opened the case through the case access policy.
 */
@Service
@Transactional(readOnly = true)
public class PlanLookup {

    /** A case's plan of one kind and the number of its newest version. */
    public record PlanRef(UUID planId, PlanKind kind, int currentVersion) {}

    private final Plans plans;

    PlanLookup(Plans plans) {
        this.plans = plans;
    }

    public Optional<PlanRef> current(CaseId caseId, PlanKind kind) {
        return plans.forCase(caseId.value()).stream()
                .filter(p -> p.kind() == kind)
                .max(Comparator.comparing(Plans.Plan::createdAt))
                .flatMap(p -> plans.versions(p.id()).stream()
                        .max(Comparator.comparingInt(Plans.Version::number))
                        .map(v -> new PlanRef(p.id(), kind, v.number())));
    }
}
