package org.coplan.provision.internal;

import org.coplan.plans.PlanVersionIssued;
import org.coplan.plans.PlannedProvision;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a plan version is issued, its provision becomes the provision in force: new items start
 * on the day it was issued, and items it left out stop that day. Sessions already recorded stay
 * with their item.
 */
@Component
class CopyingProvisionInForce {

    private final PlannedProvision planned;
    private final ProvisionItems items;

    CopyingProvisionInForce(PlannedProvision planned, ProvisionItems items) {
        this.planned = planned;
        this.items = items;
    }

    @ApplicationModuleListener
    void issued(PlanVersionIssued issued) {
        planned.inForce(issued.caseId()).ifPresent(plan -> items.replaceInForce(plan, issued.on()));
    }
}
