package org.coplan.measures.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditLog;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseFacets;
import org.coplan.cases.CaseId;
import org.coplan.measures.domain.Redaction;
import org.coplan.measures.domain.TermSpan;
import org.coplan.measures.internal.AuthorityReports.SharedWords;
import org.coplan.measures.internal.FigureScopes.Scope;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffMembership;
import org.coplan.shared.ClockConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Families' own words from the confidence survey ("What would make you more confident?"), for the
 * school, service or authority whose cases they were given on: only words the person agreed to
 * share, with names and the child's details taken out, and only in a term when enough people
 * answered the survey there that no one can be picked out. No case, date or name goes with them.
 */
@Service
@Transactional(readOnly = true)
public class FamilyWords {

    /** How many terms the page shows: this term and the one before. */
    static final int TERMS = 2;

    /**
     * One term's words.
     *
     * @param shown false when fewer than the smallest number shown answered the survey there that term
     */
    public record TermWords(TermSpan term, boolean shown, List<String> words) {}

    private final AuthorityReports reports;
    private final CaseAccess cases;
    private final AuditLog audit;
    private final Clock clock;
    private final int smallestShown;

    FamilyWords(AuthorityReports reports, CaseAccess cases, AuditLog audit, Clock clock,
            @Value("${coplan.measures.smallest-shown:5}") int smallestShown) {
        this.reports = reports;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
        this.smallestShown = Math.max(1, smallestShown);
    }

    public int smallestShown() {
        return smallestShown;
    }

    /** The words for the scope's cases, newest term first; the view is recorded in the audit trail. */
    public List<TermWords> words(SignedInPerson reader, Scope scope, List<CaseFacets> area) {
        List<UUID> ids = area.stream().map(c -> c.id().value()).toList();
        List<TermWords> terms = new ArrayList<>();
        TermSpan term = TermSpan.containing(LocalDate.now(clock));
        int shownWords = 0;
        for (int i = 0; i < TERMS; i++, term = term.previous()) {
            Instant from = term.first().atStartOfDay(ClockConfiguration.ZONE).toInstant();
            Instant to = term.endExclusive().atStartOfDay(ClockConfiguration.ZONE).toInstant();
            if (reports.peopleAnswering(ids, from, to) < smallestShown) {
                terms.add(new TermWords(term, false, List.of()));
                continue;
            }
            List<SharedWords> shared = new ArrayList<>(reports.sharedWords(ids, from, to));
            // a random order that stays the same from one visit to the next, and says nothing of when or where
            String salt = term.key();
            shared.sort(Comparator.comparing((SharedWords w) -> UUID.nameUUIDFromBytes((salt + w.answerId()).getBytes())));
            Map<CaseId, Set<String>> names = cases.namesOnCases(shared.stream().map(w -> new CaseId(w.caseId())).distinct().toList());
            List<String> words = shared.stream()
                    .map(w -> Redaction.redact(w.words(), names.getOrDefault(new CaseId(w.caseId()), Set.of())))
                    .filter(w -> !w.isBlank())
                    .toList();
            shownWords += words.size();
            terms.add(new TermWords(term, true, words));
        }
        audit.recordView(new AuditEntry(reader.id().value(), reader.displayName(), role(reader, scope), null, AuditAction.VIEWED,
                "Families' words for " + scope.organisation().name(),
                scope.kind().path() + " " + scope.organisation().id().value() + ": " + shownWords + " shown"));
        return terms;
    }

    private static String role(SignedInPerson reader, Scope scope) {
        return reader.staffMemberships().stream()
                .filter(m -> m.organisationId().equals(scope.organisation().id()) || m.organisationId().equals(scope.localAuthority()))
                .map(StaffMembership::role)
                .map(Enum::name)
                .findFirst()
                .orElse("STAFF");
    }
}
