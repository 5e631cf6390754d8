package org.coplan.cases;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coplan.people.OrganisationId;
import org.coplan.people.People;
import org.coplan.people.PersonId;
import org.coplan.people.SchoolPhase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases a set of figures is drawn over, with what they are filtered by: every case in an
 * authority's area, at a school, or worked on by a service. For figures only: the callers check that
 * the person may see figures for that authority, school or service, and show counts, never a case.
 */
@Component
public class CaseSelections {

    private final JdbcClient jdbc;
    private final People people;

    CaseSelections(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    /** Every case in the authority's area, in two queries whatever their number. */
    @Transactional(readOnly = true)
    public List<CaseFacets> inAuthority(OrganisationId localAuthority, LocalDate today) {
        return facets("c.local_authority_id = ?", localAuthority.value(), localAuthority, today);
    }

    /** Every case at the school. */
    @Transactional(readOnly = true)
    public List<CaseFacets> atSchool(OrganisationId school, OrganisationId localAuthority, LocalDate today) {
        return facets("c.school_id = ?", school.value(), localAuthority, today);
    }

    /** Every case with someone from the service on its team now. */
    @Transactional(readOnly = true)
    public List<CaseFacets> withService(OrganisationId service, OrganisationId localAuthority, LocalDate today) {
        UUID[] staff = people.staffIdsOf(service).stream().map(PersonId::value).toArray(UUID[]::new);
        return facets("""
                exists (select 1 from case_member m where m.case_id = c.id and m.removed_at is null
                        and m.person_id = any(?))""", staff, localAuthority, today);
    }

    /** Records the child's primary type of need (null when not known). */
    public void setPrimaryNeed(CaseId caseId, NeedType need) {
        jdbc.sql("update child_case set primary_need = ? where id = ?")
                .params(need == null ? null : need.name(), caseId.value())
                .update();
    }

    private List<CaseFacets> facets(String where, Object param, OrganisationId localAuthority, LocalDate today) {
        Map<OrganisationId, SchoolPhase> phases = people.phasesIn(localAuthority);
        Set<UUID> seen = new HashSet<>();
        return jdbc.sql("select c.id, c.school_id, c.date_of_birth, c.primary_need, c.stage from child_case c where " + where)
                .param(param)
                .query((rs, n) -> {
                    UUID school = rs.getObject("school_id", UUID.class);
                    OrganisationId schoolId = school == null ? null : new OrganisationId(school);
                    String need = rs.getString("primary_need");
                    return new CaseFacets(new CaseId(rs.getObject("id", UUID.class)), schoolId,
                            schoolId == null ? null : phases.get(schoolId),
                            need == null ? null : NeedType.valueOf(need),
                            AgeBand.of(rs.getObject("date_of_birth", LocalDate.class), today),
                            Stage.valueOf(rs.getString("stage")));
                })
                .list()
                .stream()
                .filter(c -> seen.add(c.id().value()))
                .toList();
    }
}
