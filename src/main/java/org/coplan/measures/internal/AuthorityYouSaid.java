package org.coplan.measures.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditLog;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseFacets;
import org.coplan.cases.CaseFigures;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseSelections;
import org.coplan.measures.domain.AreaFigure;
import org.coplan.measures.domain.TermSpan;
import org.coplan.measures.internal.AuthorityReports.PublishedStatement;
import org.coplan.measures.internal.AuthorityReports.Snapshot;
import org.coplan.measures.internal.AuthorityReports.Statement;
import org.coplan.meetings.domain.Anonymity;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationId;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffRole;
import org.coplan.shared.ClockConfiguration;
import org.coplan.shared.web.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local authority's "you said, we did": figures across the whole area for the last complete
 * term (the confidence measure per statement, and every module's quality figures), the statements
 * its SEN manager writes, and publishing both as a dated snapshot anyone can read. Only the
 * authority's SEN managers manage it.
 */
@Service
@Transactional(readOnly = true)
public class AuthorityYouSaid {

    /** What the SEN manager reviews before publishing, and a stamp of it. */
    public record Draft(Organisation authority, TermSpan term, List<AreaFigure> figures, List<Statement> statements, String stamp) {}

    /** A snapshot as the public page shows it. */
    public record Published(Snapshot snapshot, TermSpan term, List<AreaFigure> figures, List<PublishedStatement> statements) {}

    public sealed interface Outcome {}

    public record Done() implements Outcome {}

    /** The text names a child or a family member of a case in the area. */
    public record NamesFound(String field, List<String> names) implements Outcome {}

    /** Someone changed or withdrew the statement after this person opened it: their version. */
    public record Conflict(Statement current) implements Outcome {}

    /** Someone took the statement out after this person opened it. */
    public record Withdrawn(Statement current) implements Outcome {}

    /** The figures or statements changed after the SEN manager opened the page. */
    public record Changed() implements Outcome {}

    private final CaseAccess cases;
    private final CaseSelections selections;
    private final People people;
    private final AuthorityReports reports;
    private final List<CaseFigures> qualityFigures;
    private final AuditLog audit;
    private final Clock clock;
    private final int smallestShown;

    AuthorityYouSaid(CaseAccess cases, CaseSelections selections, People people, AuthorityReports reports, List<CaseFigures> qualityFigures,
            AuditLog audit, Clock clock, @Value("${coplan.measures.smallest-shown:5}") int smallestShown) {
        this.cases = cases;
        this.selections = selections;
        this.people = people;
        this.reports = reports;
        this.qualityFigures = qualityFigures;
        this.audit = audit;
        this.clock = clock;
        this.smallestShown = Math.max(1, smallestShown);
    }

    /** The authority if the person is its SEN manager; otherwise "not found", as for an unknown one. */
    public Organisation open(SignedInPerson person, UUID laId) {
        OrganisationId id = new OrganisationId(laId);
        boolean manager = person.staffMemberships().stream().anyMatch(m -> m.organisationId().equals(id) && m.role() == StaffRole.SEN_MANAGER);
        if (!manager) {
            throw new NotFound();
        }
        return authority(laId);
    }

    /** A local authority, for its public page; "not found" for anything else. */
    public Organisation authority(UUID laId) {
        return people.organisation(new OrganisationId(laId))
                .filter(o -> o.kind() == OrganisationKind.LOCAL_AUTHORITY)
                .orElseThrow(NotFound::new);
    }

    /** The term the figures are for: the last one that has ended. */
    public TermSpan term() {
        return TermSpan.lastComplete(LocalDate.now(clock));
    }

    public int smallestShown() {
        return smallestShown;
    }

    public Draft draft(Organisation authority) {
        TermSpan term = term();
        List<AreaFigure> figures = figures(authority, term);
        List<Statement> statements = reports.statements(authority.id().value());
        return new Draft(authority, term, figures, statements, stamp(figures, statements));
    }

    public Statement statement(Organisation authority, UUID id) {
        return reports.statement(authority.id().value(), id).filter(s -> !s.withdrawn()).orElseThrow(NotFound::new);
    }

    @Transactional
    public Outcome addStatement(SignedInPerson manager, Organisation authority, String youSaid, String weDid) {
        Outcome names = names(authority, youSaid, weDid);
        if (names != null) {
            return names;
        }
        reports.insertStatement(UUID.randomUUID(), authority.id().value(), youSaid.strip(), weDid.strip(), manager.id().value(),
                manager.displayName(), clock.instant());
        return new Done();
    }

    /** Changes a statement, unless it names someone or was changed since {@code version}. */
    @Transactional
    public Outcome changeStatement(SignedInPerson manager, Organisation authority, UUID id, int version, String youSaid, String weDid) {
        Statement current = reports.statement(authority.id().value(), id).orElseThrow(NotFound::new);
        if (current.withdrawn()) {
            return new Withdrawn(current);
        }
        if (current.version() != version) {
            return new Conflict(current);
        }
        Outcome names = names(authority, youSaid, weDid);
        if (names != null) {
            return names;
        }
        if (!reports.changeStatement(authority.id().value(), id, version, youSaid.strip(), weDid.strip(), manager.displayName(), clock.instant())) {
            Statement now = reports.statement(authority.id().value(), id).orElse(current);
            return now.withdrawn() ? new Withdrawn(now) : new Conflict(now);
        }
        return new Done();
    }

    @Transactional
    public boolean withdraw(SignedInPerson manager, Organisation authority, UUID id) {
        return reports.withdraw(authority.id().value(), id, manager.displayName(), clock.instant());
    }

    /** Publishes the figures and statements as a snapshot, if they are still as the SEN manager saw them (the stamp). */
    @Transactional
    public Outcome publish(SignedInPerson manager, Organisation authority, String stamp) {
        Draft draft = draft(authority);
        if (!draft.stamp().equals(stamp)) {
            return new Changed();
        }
        Instant now = clock.instant();
        Snapshot s = reports.insertSnapshot(authority.id().value(), draft.term().key(), smallestShown, manager.id().value(),
                manager.displayName(), now, LocalDate.now(clock), draft.figures(),
                draft.statements().stream().map(x -> new PublishedStatement(x.youSaid(), x.weDid())).toList());
        audit.record(new AuditEntry(manager.id().value(), manager.displayName(), StaffRole.SEN_MANAGER.name(), null, AuditAction.SHARED,
                "You said, we did published for " + authority.name(),
                "Snapshot " + s.slug() + ": figures for " + draft.term().key() + ", " + draft.statements().size() + " statements"));
        return new Done();
    }

    public List<Snapshot> snapshots(UUID laId) {
        return reports.snapshots(laId);
    }

    /** A snapshot by its dated address; "not found" if there is none. */
    public Published published(UUID laId, String slug) {
        Snapshot s = reports.snapshots(laId).stream().filter(x -> x.slug().equals(slug)).findFirst().orElseThrow(NotFound::new);
        return new Published(s, TermSpan.parse(s.term()), reports.snapshotFigures(s.id()), reports.snapshotStatements(s.id()));
    }

    // ---- the figures

    /**
     * The figures over every case in the area for the term: the confidence measure per statement
     * (each person's latest answer in the term, agreeing or strongly agreeing out of those who gave
     * an answer other than "don't know"), then every quality figure the modules give for the term.
     * Each is hidden as {@link AreaFigure#shown} says.
     */
    List<AreaFigure> figures(Organisation authority, TermSpan term) {
        List<CaseFacets> area = selections.inAuthority(authority.id(), LocalDate.now(clock));
        List<CaseId> caseIds = area.stream().map(CaseFacets::id).toList();
        List<AreaFigure> figures = new ArrayList<>();
        java.util.Map<String, CaseFigures.Figure> confidence = new java.util.HashMap<>();
        List<AreaFigure> quality = new ArrayList<>();
        for (CaseFigures source : qualityFigures) {
            for (CaseFigures.Figure f : source.figures(caseIds, term.first(), term.last())) {
                if (!f.term().equals(term.key())) {
                    continue;
                }
                if (f.group().equals(ConfidenceFigures.GROUP)) {
                    confidence.put(f.key(), f);
                } else {
                    quality.add(AreaFigure.shown(f.group(), f.key(), f.measure().name(), f.numerator(), f.denominator(), f.cases(),
                            f.numeratorCases(), smallestShown));
                }
            }
        }
        // the confidence measure first, every statement even with no answers, as the dashboards count it
        for (org.coplan.measures.domain.ConfidenceStatement s : org.coplan.measures.domain.ConfidenceStatement.values()) {
            CaseFigures.Figure f = confidence.get(ConfidenceFigures.key(s));
            figures.add(f == null
                    ? AreaFigure.shown(AreaFigure.CONFIDENCE, s.field(), "SHARE", 0, 0, 0, 0, smallestShown)
                    : AreaFigure.shown(AreaFigure.CONFIDENCE, s.field(), "SHARE", f.numerator(), f.denominator(), f.cases(),
                            f.numeratorCases(), smallestShown));
        }
        figures.addAll(quality);
        return figures;
    }

    private Outcome names(Organisation authority, String youSaid, String weDid) {
        Set<String> names = cases.namesInAuthority(authority.id());
        List<String> inYouSaid = Anonymity.namesIn(youSaid, names);
        if (!inYouSaid.isEmpty()) {
            return new NamesFound("youSaid", inYouSaid);
        }
        List<String> inWeDid = Anonymity.namesIn(weDid, names);
        if (!inWeDid.isEmpty()) {
            return new NamesFound("weDid", inWeDid);
        }
        return null;
    }

    private static String stamp(List<AreaFigure> figures, List<Statement> statements) {
        List<String> ids = statements.stream().map(s -> s.id() + ":" + s.version()).toList();
        return Integer.toHexString(Objects.hash(figures, ids));
    }
}
