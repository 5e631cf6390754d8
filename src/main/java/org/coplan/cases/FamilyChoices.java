package org.coplan.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.coplan.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The level of involvement each family member chose, over many cases at once, for the quality
 * figures that set it against the level reached (meetings, plan versions). Only family members who
 * have chosen a level are listed: someone who has not chosen has nothing to measure against. For
 * figures only: callers show counts, never a person.
 */
@Component
public class FamilyChoices {

    /**
     * A parent, carer, child or young person on a case, with the level they chose (their current
     * choice: a change is not kept as history) and when they joined and left the team.
     *
     * @param leftAt null while they are on the team
     */
    public record Chosen(CaseId caseId, UUID memberId, PersonId personId, CaseRole role, Involvement involvement, Instant joinedAt,
            Instant leftAt) {

        /** Whether they were on the team at that moment. */
        public boolean onTeamAt(Instant at) {
            return !joinedAt.isAfter(at) && (leftAt == null || leftAt.isAfter(at));
        }

        public boolean onTeamNow() {
            return leftAt == null;
        }
    }

    private final JdbcClient jdbc;

    FamilyChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every family member who chose a level on these cases, now or in the past, in one query whatever
     * their number (the cases joined as a table: {@code = any} of a long list is read once a row).
     */
    @Transactional(readOnly = true)
    public List<Chosen> onCases(Collection<CaseId> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select m.case_id, m.id, m.person_id, m.case_role, p.involvement, m.added_at, m.removed_at
                from unnest(?::uuid[]) as c(id) join case_member m on m.case_id = c.id
                join participation_choice p on p.member_id = m.id
                where m.case_role = any(?)""")
                .params(cases.stream().map(CaseId::value).toArray(UUID[]::new), CaseRole.familyNames().toArray(String[]::new))
                .query((rs, n) -> new Chosen(new CaseId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class),
                        new PersonId(rs.getObject(3, UUID.class)), CaseRole.valueOf(rs.getString(4)), Involvement.valueOf(rs.getString(5)),
                        rs.getTimestamp(6).toInstant(), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }
}
