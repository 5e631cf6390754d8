package org.coplan.cases;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How involved the family members on a set of cases chose to be, counted per case, for figures that
 * never show a person. One statement whatever the number of cases; callers group and suppress.
 */
@Component
public class ChosenInvolvement {

    /**
     * The family members (parents, carers, children and young people) on the team of one case who chose
     * one level, or {@code involvement} null for those who have not chosen yet.
     */
    public record Chosen(CaseId caseId, Involvement involvement, int members) {}

    private final JdbcClient jdbc;

    ChosenInvolvement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Chosen> on(Collection<CaseId> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select m.case_id, p.involvement, count(*) as members
                from case_member m left join participation_choice p on p.member_id = m.id
                where m.case_id = any(?) and m.removed_at is null and m.case_role in ('PARENT_CARER', 'CHILD_YOUNG_PERSON')
                group by m.case_id, p.involvement""")
                .param(cases.stream().map(CaseId::value).toArray(UUID[]::new))
                .query((rs, n) -> {
                    String level = rs.getString("involvement");
                    return new Chosen(new CaseId(rs.getObject("case_id", UUID.class)), level == null ? null : Involvement.valueOf(level),
                            rs.getInt("members"));
                })
                .list();
    }
}
