package org.coplan.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseMember;
import org.coplan.cases.Involvement;
import org.coplan.people.PersonId;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.internal.Plans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The level of involvement each family member actually reached on each plan version, for a page
 * that shows it against the level they chose (the participation pyramid). It is read from what
 * the record holds, so it cannot drift from it: who was told of the version, who contributed or
 * commented, who marked agreement, and whose own words or contributions are in section A.
 * Callers have opened the case through the case access policy.
 */
@Service
@Transactional(readOnly = true)
public class PlanInvolvement {

    /** What a family member did on a plan version, from least to most. */
    public enum Reached {
        /** Nothing on the record yet: not even told of the version. */
        NONE(null),
        /** Told the version was sent for comment or issued. */
        INFORMED(Involvement.KEPT_INFORMED),
        /** Contributed to or commented on a section. */
        CONTRIBUTED(Involvement.ASKED_FOR_VIEWS),
        /** Said whether they agree with one or more sections. */
        AGREED_SECTIONS(Involvement.INVOLVED_IN_DECISIONS),
        /** Their own words are quoted in section A, or they contributed to it, and they chose to co-produce. */
        CO_AUTHORED(Involvement.CO_PRODUCING);

        private final Involvement level;

        Reached(Involvement level) {
            this.level = level;
        }

        /** The rung of the ladder this reaches, to set beside the one chosen; null for {@link #NONE}. */
        public Involvement level() {
            return level;
        }

        /**
         * What a family member reached on a version from what the record holds of them: told of it,
         * contributed or commented, marked agreement, and own words or a contribution in section A
         * (which makes them co-author only when they chose to co-produce).
         */
        public static Reached of(boolean told, boolean contributed, boolean agreed, boolean inA, boolean coProducing) {
            if (coProducing && inA) {
                return CO_AUTHORED;
            }
            if (agreed) {
                return AGREED_SECTIONS;
            }
            if (contributed || inA) {
                return CONTRIBUTED;
            }
            return told ? INFORMED : NONE;
        }

        /** True when this falls short of what the person chose (no choice counts as "kept informed"). */
        public boolean fallsShortOf(Involvement chosen) {
            Involvement wanted = chosen == null ? Involvement.KEPT_INFORMED : chosen;
            return level == null || level.ordinal() < wanted.ordinal();
        }
    }

    /**
     * One family member on one plan version.
     *
     * @param chosen the level they chose, or null if they have not chosen one
     */
    public record MemberReached(
            PlanKind kind, int versionNumber, UUID memberId, PersonId person, String name, org.coplan.cases.CaseRole role,
            Involvement chosen, Reached reached) {

        public boolean gap() {
            return reached.fallsShortOf(chosen);
        }
    }

    private final Plans plans;
    private final CaseAccess cases;
    private final JdbcClient jdbc;
    private final org.coplan.people.People people;

    PlanInvolvement(Plans plans, CaseAccess cases, JdbcClient jdbc, org.coplan.people.People people) {
        this.people = people;
        this.plans = plans;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    /** Every family member now on the case against every version of each of its plans, oldest version first. */
    public List<MemberReached> forCase(CaseId caseId) {
        List<Plans.Plan> ofCase = plans.forCase(caseId.value());
        if (ofCase.isEmpty()) {
            return List.of();
        }
        List<CaseMember> family = cases.activeMembers(caseId).stream().filter(m -> m.role().isFamily()).toList();
        var names = people.findAll(family.stream().map(CaseMember::personId).toList());
        List<MemberReached> out = new ArrayList<>();
        for (Plans.Plan plan : ofCase) {
            SectionCode a = SectionCode.aboutTheChild(plan.kind());
            for (Plans.Version v : plans.versions(plan.id())) {
                for (CaseMember m : family) {
                    Involvement chosen = cases.choicesOf(m.id()).map(c -> c.involvement()).orElse(null);
                    String name = names.containsKey(m.personId()) ? names.get(m.personId()).displayName() : "";
                    out.add(new MemberReached(plan.kind(), v.number(), m.id(), m.personId(), name, m.role(), chosen,
                            reached(v.id(), a, m.personId().value(), chosen == Involvement.CO_PRODUCING)));
                }
            }
        }
        return out;
    }

    /** The newest version of each plan only: what a case page shows beside each family member's choice. */
    public List<MemberReached> current(CaseId caseId) {
        List<MemberReached> all = forCase(caseId);
        return all.stream()
                .filter(r -> all.stream().noneMatch(o -> o.kind() == r.kind() && o.versionNumber() > r.versionNumber()))
                .toList();
    }

    /** Each family member on one version of one plan. */
    public List<MemberReached> onVersion(CaseId caseId, PlanKind kind, int versionNumber) {
        return forCase(caseId).stream().filter(r -> r.kind() == kind && r.versionNumber() == versionNumber).toList();
    }

    private Reached reached(UUID versionId, SectionCode a, UUID person, boolean coProducing) {
        record Facts(boolean told, boolean contributed, boolean agreed, boolean inA) {}
        Facts f = jdbc.sql("""
                        select exists (select 1 from plan_version_told where version_id = :v and person_id = :p),
                               exists (select 1 from contribution where version_id = :v and author_id = :p)
                                   or exists (select 1 from plan_comment where version_id = :v and author_id = :p),
                               exists (select 1 from agreement_mark where version_id = :v and person_id = :p),
                               exists (select 1 from section_quote where version_id = :v and section = :a and speaker_id = :p
                                           and state in ('STANDS', 'ACCEPTED'))
                                   or exists (select 1 from contribution where version_id = :v and section = :a and author_id = :p)""")
                .param("v", versionId)
                .param("p", person)
                .param("a", a.name())
                .query((rs, n) -> new Facts(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)))
                .single();
        return Reached.of(f.told(), f.contributed(), f.agreed(), f.inA(), coProducing);
    }
}
