package org.coplan.plans.domain;

import java.util.EnumSet;
import java.util.Set;
import org.coplan.cases.CaseRole;

/**
 * Who may do what with a plan version. Anyone on the case team may contribute to any section,
 * parents and young people included; only the writer (the EHC coordinator for an EHC plan, the
 * SENCO for SEN support) writes the text, answers contributions, proposes and issues.
 */
public final class PlanPolicy {

    /**
     * What the person holds on the case, as the case access policy decided it.
     *
     * @param role the role they act in on the case
     * @param mayChangeRecord false for a parent whose young person chose "view only"
     * @param coProducing a family member who chose to co-produce: they are offered agreement marks on
     *     every section while the plan is being written, not only once it is sent for comment
     */
    public record Participant(CaseRole role, boolean mayChangeRecord, boolean coProducing) {
        public Participant(CaseRole role, boolean mayChangeRecord) {
            this(role, mayChangeRecord, false);
        }
    }

    private PlanPolicy() {}

    public static Set<PlanAction> allowed(Participant who, PlanKind kind, VersionStatus status, boolean professionalsAsked) {
        Set<PlanAction> actions = EnumSet.of(PlanAction.VIEW, PlanAction.EXPORT);
        boolean open = status != VersionStatus.FINAL;
        boolean canAddWords = who.mayChangeRecord();
        if (open && canAddWords) {
            actions.add(PlanAction.CONTRIBUTE);
            actions.add(PlanAction.COMMENT);
        }
        if (open && isWriter(who.role(), kind)) {
            actions.add(PlanAction.WRITE);
        }
        if (status == VersionStatus.PROPOSED && canAddWords
                && (who.role().isFamily() || (professionalsAsked && !isWriter(who.role(), kind)))) {
            actions.add(PlanAction.MARK_AGREEMENT);
        }
        if (open && canAddWords && who.role().isFamily() && who.coProducing()) {
            actions.add(PlanAction.MARK_AGREEMENT);
        }
        return actions;
    }

    public static boolean isWriter(CaseRole role, PlanKind kind) {
        return role == kind.writer();
    }

    /** Who may start a plan of this kind, or an amendment of an issued one. */
    public static boolean mayStart(CaseRole role, PlanKind kind) {
        return isWriter(role, kind);
    }
}
