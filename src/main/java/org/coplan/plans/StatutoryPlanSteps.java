package org.coplan.plans;

import java.util.List;

/**
 * The statutory side of sending and issuing a plan, kept by the process module. Plans asks it
 * before a step and records the step through it in the same transaction as the plan changes,
 * so the plan, the case's stage, its timeline, its deadlines and the family's notice of rights
 * change together or not at all. Nothing is refused silently: a refusal comes back with its
 * reasons, and recording a step that does not fit throws and rolls everything back.
 */
public interface StatutoryPlanSteps {

    /** Every reason the step does not fit the case's statutory process; empty if it fits. */
    List<StepRefusal> check(PlanStep step);

    /** Records the step; throws {@link StepRefused} if it does not fit after all. */
    void record(PlanStep step);

    /** Thrown when a step that was checked no longer fits, so the whole change is rolled back. */
    final class StepRefused extends RuntimeException {
        private final transient List<StepRefusal> reasons;

        public StepRefused(List<StepRefusal> reasons) {
            super("Statutory step refused: " + reasons.stream().map(StepRefusal::messageKey).toList());
            this.reasons = List.copyOf(reasons);
        }

        public List<StepRefusal> reasons() {
            return reasons;
        }
    }
}
