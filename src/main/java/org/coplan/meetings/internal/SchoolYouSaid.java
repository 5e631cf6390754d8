package org.coplan.meetings.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.meetings.domain.ActionStatus;
import org.coplan.meetings.domain.Anonymity;
import org.coplan.meetings.domain.SchoolFigures;
import org.coplan.meetings.domain.SchoolFigures.Figure;
import org.coplan.meetings.domain.SchoolYear;
import org.coplan.meetings.internal.SchoolReports.Publication;
import org.coplan.meetings.internal.SchoolReports.PublishedStatement;
import org.coplan.meetings.internal.SchoolReports.Statement;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationId;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.people.PersonId;
import org.coplan.people.StaffRole;
import org.coplan.plans.PlanFeedback;
import org.coplan.plans.PlanFeedback.FamilyContribution;
import org.coplan.plans.domain.ResponseOutcome;
import org.coplan.resolution.RaisedDisagreements;
import org.coplan.resolution.domain.Disagreement;
import org.coplan.shared.ClockConfiguration;
import org.coplan.shared.web.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's "you said, we did": the figures over all its cases for a school year, the statements
 * its SENCO writes, and publishing both for anyone to read. Only the school's SENCOs open it.
 */
@Service
@Transactional(readOnly = true)
public class SchoolYouSaid {

    /** What the SENCO reviews before publishing: the figures, the statements, and a stamp of both. */
    public record Draft(Organisation school, SchoolYear year, SchoolFigures figures, List<Statement> statements, String stamp) {
        public List<Statement> current() {
            return statements.stream().filter(s -> !s.withdrawn()).toList();
        }
    }

    /** A publication as the public page shows it. */
    public record Published(Publication publication, SchoolYear year, SchoolFigures figures, List<PublishedStatement> statements) {}

    public sealed interface Outcome {}

    public record Done() implements Outcome {}

    /** The statement names a child or a family member at the school. */
    public record NamesFound(String field, List<String> names) implements Outcome {}

    /** The figures or statements changed after the SENCO opened the page. */
    public record Changed() implements Outcome {}

    private final CaseAccess cases;
    private final People people;
    private final PlanFeedback plans;
    private final RaisedDisagreements disagreements;
    private final SchoolReports reports;
    private final Clock clock;
    private final int smallestShown;

    SchoolYouSaid(CaseAccess cases, People people, PlanFeedback plans, RaisedDisagreements disagreements, SchoolReports reports, Clock clock,
            @Value("${coplan.you-said.smallest-shown:5}") int smallestShown) {
        this.cases = cases;
        this.people = people;
        this.plans = plans;
        this.disagreements = disagreements;
        this.reports = reports;
        this.clock = clock;
        this.smallestShown = Math.max(1, smallestShown);
    }

    public SchoolYear thisYear() {
        return SchoolYear.containing(java.time.LocalDate.now(clock));
    }

    /** Whether the person is a SENCO anywhere: one query, for the header on every page. */
    public boolean leadsASchool(PersonId person) {
        return people.staffMemberships(person).stream().anyMatch(m -> m.role() == StaffRole.SENCO);
    }

    /** The schools where the person is a SENCO, by name. */
    public List<Organisation> schoolsOf(PersonId person) {
        return people.staffMemberships(person).stream()
                .filter(m -> m.role() == StaffRole.SENCO)
                .map(m -> people.organisation(m.organisationId()))
                .flatMap(java.util.Optional::stream)
                .filter(o -> o.kind() == OrganisationKind.SCHOOL)
                .sorted(java.util.Comparator.comparing(Organisation::name))
                .toList();
    }

    /** The school if the person is its SENCO; otherwise "not found". */
    public Organisation open(PersonId person, UUID schoolId) {
        return schoolsOf(person).stream().filter(o -> o.id().value().equals(schoolId)).findFirst().orElseThrow(NotFound::new);
    }

    public Draft draft(PersonId senco, Organisation school, SchoolYear year) {
        SchoolFigures figures = figures(senco, school, year);
        List<Statement> statements = reports.statements(school.id().value(), year.startYear());
        return new Draft(school, year, figures, statements, stamp(figures, statements));
    }

    @Transactional
    public Outcome addStatement(PersonId senco, String sencoName, Organisation school, SchoolYear year, String youSaid, String weDid) {
        Set<String> names = namesAt(senco, school);
        List<String> inYouSaid = Anonymity.namesIn(youSaid, names);
        if (!inYouSaid.isEmpty()) {
            return new NamesFound("youSaid", inYouSaid);
        }
        List<String> inWeDid = Anonymity.namesIn(weDid, names);
        if (!inWeDid.isEmpty()) {
            return new NamesFound("weDid", inWeDid);
        }
        reports.insertStatement(new Statement(UUID.randomUUID(), 0, school.id().value(), year.startYear(), youSaid.strip(), weDid.strip(),
                sencoName, clock.instant(), null, null), senco.value());
        return new Done();
    }

    @Transactional
    public boolean withdraw(Organisation school, UUID statementId, String byName) {
        return reports.withdraw(school.id().value(), statementId, byName, clock.instant());
    }

    /** Publishes the figures and statements, if they are still as the SENCO saw them (the stamp). */
    @Transactional
    public Outcome publish(PersonId senco, String sencoName, Organisation school, SchoolYear year, String stamp) {
        Draft draft = draft(senco, school, year);
        if (!draft.stamp().equals(stamp)) {
            return new Changed();
        }
        List<PublishedStatement> statements = draft.current().stream().map(s -> new PublishedStatement(s.youSaid(), s.weDid())).toList();
        reports.insertPublication(new Publication(UUID.randomUUID(), school.id().value(), year.startYear(), smallestShown, sencoName,
                clock.instant()), senco.value(), draft.figures().values(), statements);
        return new Done();
    }

    public List<Publication> publications(UUID schoolId) {
        return reports.publications(schoolId);
    }

    /** A publication of the school (the newest if no id is given); "not found" if there is none. */
    public Published published(UUID schoolId, UUID publicationId) {
        Publication p = reports.publications(schoolId).stream()
                .filter(x -> publicationId == null || x.id().equals(publicationId))
                .findFirst()
                .orElseThrow(NotFound::new);
        return new Published(p, new SchoolYear(p.schoolYear()), new SchoolFigures(reports.publishedFigures(p.id()), p.smallestShown()),
                reports.publishedStatements(p.id()));
    }

    public Organisation school(UUID schoolId) {
        return people.organisation(new OrganisationId(schoolId))
                .filter(o -> o.kind() == OrganisationKind.SCHOOL)
                .orElseThrow(NotFound::new);
    }

    // ---- the figures

    SchoolFigures figures(PersonId senco, Organisation school, SchoolYear year) {
        List<CaseId> ids = cases.casesAtSchool(school.id());
        Instant from = year.firstDay().atStartOfDay(ClockConfiguration.ZONE).toInstant();
        Instant to = year.endExclusive().atStartOfDay(ClockConfiguration.ZONE).toInstant();
        SchoolFigures.Tally tally = new SchoolFigures.Tally();
        for (FamilyContribution c : plans.familyContributions(ids, from, to)) {
            tally.add(Figure.CONTRIBUTIONS_MADE).add(SchoolFigures.made(c.section()));
            if (!c.answered()) {
                tally.add(Figure.CONTRIBUTIONS_WAITING);
            } else if (c.outcome() == ResponseOutcome.NOT_INCLUDED) {
                tally.add(Figure.CONTRIBUTIONS_NOT_INCLUDED);
            } else {
                tally.add(Figure.CONTRIBUTIONS_INCLUDED).add(SchoolFigures.included(c.section()));
            }
        }
        List<SchoolReports.FamilyView> views = reports.familyViews(ids.stream().map(CaseId::value).toList(), from, to);
        Set<UUID> meetings = new LinkedHashSet<>();
        views.forEach(v -> meetings.add(v.meetingId()));
        Set<UUID> actedOn = new HashSet<>(reports.meetingsWithOutcomes(meetings));
        for (SchoolReports.FamilyView v : views) {
            tally.add(Figure.VIEWS_GIVEN);
            if (actedOn.contains(v.meetingId())) {
                tally.add(Figure.VIEWS_ACTED_ON);
            }
        }
        for (ActionStatus s : reports.actionsOf(meetings)) {
            tally.add(Figure.ACTIONS_AGREED);
            if (s == ActionStatus.DONE) {
                tally.add(Figure.ACTIONS_DONE);
            } else if (s == ActionStatus.OPEN) {
                tally.add(Figure.ACTIONS_OPEN);
            }
        }
        for (Disagreement d : disagreements.byFamilyAtSchool(school.id(), year.firstDay(), year.endExclusive())) {
            tally.add(Figure.DISAGREEMENTS_RAISED).add(d.open() ? Figure.DISAGREEMENTS_OPEN : Figure.DISAGREEMENTS_CLOSED);
        }
        return tally.figures(smallestShown);
    }

    /** The names of every child on the school's cases and of the family members on their teams. */
    private Set<String> namesAt(PersonId senco, Organisation school) {
        return cases.namesAtSchool(school.id());
    }

    private static String stamp(SchoolFigures figures, List<Statement> statements) {
        Map<String, Integer> values = new java.util.TreeMap<>(figures.values());
        List<String> ids = statements.stream().map(s -> s.id() + (s.withdrawn() ? "-" : "+")).toList();
        return Integer.toHexString(Objects.hash(values, ids));
    }
}
