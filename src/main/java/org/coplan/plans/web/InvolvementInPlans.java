package org.coplan.plans.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.cases.Involvement;
import org.coplan.cases.InvolvementReached;
import org.coplan.plans.PlanInvolvement;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Plan versions, each as a family member reached it, for the case page's "Involvement so far". */
@Component
@Order(2)
class InvolvementInPlans implements InvolvementReached {

    private final PlanInvolvement involvement;

    InvolvementInPlans(PlanInvolvement involvement) {
        this.involvement = involvement;
    }

    @Override
    public List<Reached> reachedOn(CaseId caseId, java.util.Set<UUID> family) {
        Map<UUID, List<PlanInvolvement.MemberReached>> byMember = new LinkedHashMap<>();
        for (PlanInvolvement.MemberReached r : involvement.forCase(caseId)) {
            if (!family.contains(r.memberId())) {
                continue;
            }
            byMember.computeIfAbsent(r.memberId(), k -> new ArrayList<>()).add(r);
        }
        List<Reached> out = new ArrayList<>();
        byMember.forEach((member, versions) -> {
            // forCase lists the oldest version first; the case page wants the most recent first
            List<Involvement> levels = new ArrayList<>(versions.reversed().stream().map(v -> v.reached().level()).toList());
            out.add(new Reached(member, "reached.record.PLAN_VERSION", levels, Involvement.CO_PRODUCING));
        });
        return out;
    }
}
