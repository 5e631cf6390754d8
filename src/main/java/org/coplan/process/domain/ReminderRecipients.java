package org.coplan.process.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseRole;

/**
 * Who is reminded of a deadline: only the people who still have to act, or for a family window
 * the family. Whether each of them may still see the case is for the cases module to say.
 *
 * <ul>
 *   <li>Local authority: the EHC coordinators on the team.
 *   <li>School: the SENCOs on the team.
 *   <li>Adviser: the team member the advice request names; otherwise the professionals on the
 *       team whose role gives that kind of advice; otherwise, when the request names nobody on
 *       the team, the EHC coordinators, so someone chases it.
 *   <li>Family: the parents, carers and the child or young person on the team.
 * </ul>
 */
public final class ReminderRecipients {

    /** Why a person gets the reminder, which the message says. */
    public enum Reason {
        RESPONSIBLE,
        ADVISER_NOT_ON_TEAM,
        ADVISER_UNNAMED,
        FAMILY
    }

    public record Recipient(Teammate who, Reason why) {}

    private ReminderRecipients() {}

    /**
     * @param adviceKind for advice, the kind asked for; otherwise null
     * @param adviserName for advice, who it was asked of, as recorded; may be null
     */
    public static List<Recipient> forDeadline(DeadlineKey key, AdviceKind adviceKind, String adviserName,
            List<Teammate> team) {
        return switch (key.responsible()) {
            case LOCAL_AUTHORITY -> with(withRole(team, CaseRole.EHC_COORDINATOR), Reason.RESPONSIBLE);
            case SCHOOL -> with(withRole(team, CaseRole.SENCO), Reason.RESPONSIBLE);
            case FAMILY -> with(family(team), Reason.FAMILY);
            case ADVISER -> advisers(adviceKind, adviserName, team);
        };
    }

    /**
     * Who tells a family member who chose not to be emailed: the EHC coordinators on the team,
     * or the SENCOs if there are none.
     */
    public static List<Teammate> caseLeads(List<Teammate> team) {
        List<Teammate> coordinators = withRole(team, CaseRole.EHC_COORDINATOR);
        return coordinators.isEmpty() ? withRole(team, CaseRole.SENCO) : coordinators;
    }

    /** The role on a case whose holders give this kind of advice, if one does. */
    public static Optional<CaseRole> adviserRole(AdviceKind kind) {
        if (kind == null) {
            return Optional.empty();
        }
        return switch (kind) {
            case EDUCATION -> Optional.of(CaseRole.SENCO);
            case MEDICAL -> Optional.of(CaseRole.HEALTH_PROFESSIONAL);
            case PSYCHOLOGICAL -> Optional.of(CaseRole.EDUCATIONAL_PSYCHOLOGIST);
            case SOCIAL_CARE -> Optional.of(CaseRole.SOCIAL_CARE);
            case PREPARING_FOR_ADULTHOOD, FAMILY_REQUESTED, OTHER -> Optional.empty();
        };
    }

    private static List<Recipient> advisers(AdviceKind kind, String adviserName, List<Teammate> team) {
        List<Teammate> named = named(adviserName, team);
        if (!named.isEmpty()) {
            return with(named, Reason.RESPONSIBLE);
        }
        List<Teammate> byRole = adviserRole(kind).map(role -> withRole(team, role)).orElse(List.of());
        if (!byRole.isEmpty()) {
            return with(byRole, Reason.RESPONSIBLE);
        }
        boolean unnamed = adviserName == null || adviserName.isBlank();
        return with(withRole(team, CaseRole.EHC_COORDINATOR), unnamed ? Reason.ADVISER_UNNAMED : Reason.ADVISER_NOT_ON_TEAM);
    }

    /** Team members (not the family) whose full name is the adviser named, or part of it. */
    private static List<Teammate> named(String adviserName, List<Teammate> team) {
        if (adviserName == null || adviserName.isBlank()) {
            return List.of();
        }
        String asked = adviserName.strip().toLowerCase(Locale.ROOT);
        return unique(team.stream()
                .filter(t -> !t.role().isFamily())
                .filter(t -> t.name() != null && !t.name().isBlank())
                .filter(t -> asked.contains(t.name().strip().toLowerCase(Locale.ROOT)))
                .toList());
    }

    private static List<Teammate> withRole(List<Teammate> team, CaseRole role) {
        return unique(team.stream().filter(t -> t.role() == role).toList());
    }

    private static List<Teammate> family(List<Teammate> team) {
        return unique(team.stream().filter(t -> t.role().isFamily()).toList());
    }

    /** One message per person, even if they hold two places on the team. */
    private static List<Teammate> unique(List<Teammate> people) {
        Map<UUID, Teammate> byPerson = new LinkedHashMap<>();
        people.forEach(t -> byPerson.putIfAbsent(t.personId(), t));
        return new ArrayList<>(byPerson.values());
    }

    private static List<Recipient> with(List<Teammate> people, Reason why) {
        return people.stream().map(t -> new Recipient(t, why)).toList();
    }
}
