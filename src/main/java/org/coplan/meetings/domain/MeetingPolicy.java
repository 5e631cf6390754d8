package org.coplan.meetings.domain;

import java.util.EnumSet;
import java.util.Set;
import org.coplan.cases.CaseRole;

/**
 * Who may do what with meetings. Everyone on the case sees every meeting, decision and action. The
 * people who lead the case (the SENCO and the EHC coordinator) arrange meetings and keep the
 * official record. Each parent and young person may write their own account of a meeting beside
 * it, unless the young person chose that their parent may only view the record. Replying is for
 * the people invited who may change the record; changing an action is for its owner and the case leads.
 */
public final class MeetingPolicy {

    /**
     * @param role the role they act in on the case
     * @param mayChangeRecord false for a parent whose young person chose "view only"
     */
    public record Participant(CaseRole role, boolean mayChangeRecord) {}

    private MeetingPolicy() {}

    public static Set<MeetingAction> allowed(Participant who) {
        Set<MeetingAction> actions = EnumSet.of(MeetingAction.VIEW);
        if (who.role().isLead()) {
            actions.add(MeetingAction.ARRANGE);
            actions.add(MeetingAction.RECORD);
        }
        if (who.mayChangeRecord()) {
            actions.add(MeetingAction.REPLY);
        }
        if (who.role().isFamily() && who.mayChangeRecord()) {
            actions.add(MeetingAction.WRITE_FAMILY_ACCOUNT);
        }
        return actions;
    }

    /** Whether the person may mark an action done or cancelled: its owner (unless only viewing), or a case lead. */
    public static boolean mayChangeAction(Participant who, boolean owner) {
        return (owner && who.mayChangeRecord()) || who.role().isLead();
    }
}
