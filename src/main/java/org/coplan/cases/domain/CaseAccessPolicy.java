package org.coplan.cases.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coplan.cases.CaseRole;
import org.coplan.cases.ParentAccessChoice;
import org.coplan.deadlines.YoungPersonRule;
import org.coplan.people.OrganisationId;
import org.coplan.people.PersonId;
import org.coplan.people.LeadScope;
import org.coplan.people.StaffMembership;
import org.coplan.people.StaffRole;

/**
 * The one rule that decides what a person may see and do on a case. Nothing else decides.
 *
 * <ul>
 *   <li>A member of the case team has what their role on the case gives them.
 *   <li>A SENCO of the child's school, and an EHC coordinator or SEN manager of the child's local
 *       authority, lead the case without being added to it.
 *   <li>Once the child is a young person, a parent's access follows the young person's choice.
 *   <li>Anyone else has nothing, and is told the page does not exist.
 * </ul>
 */
public final class CaseAccessPolicy {

    /** What the policy needs to know about the case. */
    public record CaseFacts(
            OrganisationId school,
            OrganisationId localAuthority,
            LocalDate dateOfBirth,
            ParentAccessChoice parentAccess,
            Map<PersonId, CaseRole> activeMembers) {}

    /** Who is asking. */
    public record Viewer(PersonId id, List<StaffMembership> staffMemberships) {}

    /**
     * What the viewer may do, and the role they act in.
     *
     * @param senManager true when the person leads the case as the local authority's SEN manager (and
     *     holds no EHC coordinator role there): they act with an EHC coordinator's rights, but the
     *     record says "SEN manager"
     */
    public record Access(CaseRole role, Set<CaseAction> actions, boolean senManager) {
        public Access(CaseRole role, Set<CaseAction> actions) {
            this(role, actions, false);
        }

        public boolean allows(CaseAction action) {
            return actions.contains(action);
        }

        /** The role as the record shows it: the case role, or {@code SEN_MANAGER}. */
        public String recordedRole() {
            return senManager ? "SEN_MANAGER" : role.name();
        }
    }

    private static final Set<CaseAction> LEAD = EnumSet.of(
            CaseAction.VIEW_CASE, CaseAction.VIEW_TEAM_PARTICIPATION, CaseAction.MANAGE_TEAM,
            CaseAction.EDIT_CASE_DETAILS, CaseAction.RECORD_PARENT_ACCESS, CaseAction.VIEW_AUDIT, CaseAction.ADD_TO_RECORD);
    private static final Set<CaseAction> PROFESSIONAL = EnumSet.of(
            CaseAction.VIEW_CASE, CaseAction.VIEW_TEAM_PARTICIPATION, CaseAction.ADD_TO_RECORD);
    private static final Set<CaseAction> FAMILY = EnumSet.of(
            CaseAction.VIEW_CASE, CaseAction.EDIT_ABOUT_ME, CaseAction.EDIT_OWN_PARTICIPATION, CaseAction.VIEW_AUDIT,
            CaseAction.ADD_TO_RECORD);
    /** "View only" (ADR 0009): see, not change. Their own participation choices are theirs, not the record's. */
    private static final Set<CaseAction> PARENT_VIEW_ONLY = EnumSet.of(
            CaseAction.VIEW_CASE, CaseAction.EDIT_OWN_PARTICIPATION, CaseAction.VIEW_AUDIT);

    private CaseAccessPolicy() {}

    public static Optional<Access> decide(Viewer viewer, CaseFacts facts, LocalDate today) {
        boolean youngPerson = YoungPersonRule.isYoungPerson(facts.dateOfBirth(), today);
        CaseRole memberRole = facts.activeMembers().get(viewer.id());
        Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        CaseRole actingAs = memberRole;
        boolean laCoordinator = false;
        boolean laManager = false;

        if (memberRole != null) {
            actions.addAll(forMember(memberRole, youngPerson, facts.parentAccess()));
        }
        for (StaffMembership staff : viewer.staffMemberships()) {
            if (LeadScope.leadsSchoolCases(staff.role()) && staff.organisationId().equals(facts.school())) {
                actions.addAll(LEAD);
                actingAs = actingAs == null ? CaseRole.SENCO : actingAs;
            }
            if (LeadScope.leadsAuthorityCases(staff.role()) && staff.organisationId().equals(facts.localAuthority())) {
                actions.addAll(LEAD);
                actingAs = actingAs == null ? CaseRole.EHC_COORDINATOR : actingAs;
                laCoordinator |= staff.role() == StaffRole.EHC_COORDINATOR;
                laManager |= staff.role() == StaffRole.SEN_MANAGER;
            }
        }
        if (actions.isEmpty()) {
            return Optional.empty();
        }
        boolean senManager = laManager && !laCoordinator && actingAs == CaseRole.EHC_COORDINATOR;
        return Optional.of(new Access(actingAs, Set.copyOf(actions), senManager));
    }

    private static Set<CaseAction> forMember(CaseRole role, boolean youngPerson, ParentAccessChoice choice) {
        return switch (role) {
            case CHILD_YOUNG_PERSON -> {
                Set<CaseAction> own = EnumSet.copyOf(FAMILY);
                if (youngPerson) {
                    own.add(CaseAction.RECORD_PARENT_ACCESS);
                }
                yield own;
            }
            case PARENT_CARER -> {
                if (!youngPerson) {
                    yield FAMILY;
                }
                yield switch (choice) {
                    case NOT_RECORDED, FULL -> FAMILY;
                    case VIEW_ONLY -> PARENT_VIEW_ONLY;
                    case NONE -> Set.of();
                };
            }
            case SENCO, EHC_COORDINATOR -> LEAD;
            default -> PROFESSIONAL;
        };
    }
}
