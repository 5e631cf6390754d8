package org.coplan.requests.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditLog;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseNotices;
import org.coplan.cases.CaseRole;
import org.coplan.cases.ChildCase;
import org.coplan.cases.FamilyCases;
import org.coplan.cases.Stage;
import org.coplan.deadlines.RequestChannel;
import org.coplan.deadlines.StatutoryDeadlines;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationId;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.people.PersonId;
import org.coplan.people.StaffRole;
import org.coplan.process.ProcessSetup;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.process.domain.Problem;
import org.coplan.process.domain.RequestSource;
import org.coplan.requests.domain.RequestAnswers;
import org.coplan.requests.domain.SentAs;
import org.coplan.requests.internal.AssessmentRequests.Status;
import org.coplan.requests.internal.AssessmentRequests.Stored;
import org.coplan.shared.web.ActByText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a request for an EHC needs assessment: stores it, works out the day it counts as received
 * (the same working-day rule as a request recorded by hand, for an online form), records "request
 * received" on the case timeline in the same transaction so the 6-week decision clock starts, and
 * tells the family. A request for a child already being assessed is stored and linked to that
 * case instead, and starts no second clock.
 */
@Service
@Transactional(readOnly = true)
public class RequestWork {

    /** A file that passed the attachment check. */
    public record Upload(String fileName, String mediaType, byte[] content) {}

    /** What happened to a request that was sent. */
    public record Sent(UUID requestId, UUID caseId, LocalDate receivedOn, LocalDate decisionDue, boolean linked) {}

    /** The stages at which a child's assessment has been asked for or is under way. */
    public static final Set<Stage> BEING_ASSESSED_STAGES = Set.of(Stage.ASSESSMENT_REQUESTED, Stage.ASSESSMENT);

    private final AssessmentRequests requests;
    private final CaseAccess access;
    private final FamilyCases familyCases;
    private final ProcessSetup process;
    private final StatutoryDeadlines rules;
    private final CaseNotices notices;
    private final People people;
    private final AuditLog audit;
    private final ActByText actBy;
    private final Clock clock;

    RequestWork(AssessmentRequests requests, CaseAccess access, FamilyCases familyCases, ProcessSetup process,
            StatutoryDeadlines rules, CaseNotices notices, People people, AuditLog audit, ActByText actBy, Clock clock) {
        this.requests = requests;
        this.access = access;
        this.familyCases = familyCases;
        this.process = process;
        this.rules = rules;
        this.notices = notices;
        this.people = people;
        this.audit = audit;
        this.actBy = actBy;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether this person may send a request from the case: its family, who may act on it, or the school's SENCO. */
    public static boolean maySend(CaseContext ctx) {
        return (ctx.role().isFamily() && ctx.mayAct()) || ctx.role() == CaseRole.SENCO;
    }

    /** Whether this person may read the case's requests in full: its family and its leads. */
    public static boolean mayRead(CaseContext ctx) {
        return ctx.role().isFamily() || ctx.role().isLead();
    }

    /** Sends a request about a child already on Coplan, from their case. */
    @Transactional
    public Sent send(CaseContext ctx, RequestAnswers answers, List<Upload> files) {
        if (!maySend(ctx)) {
            throw new IllegalStateException("Not a sender of requests on this case");
        }
        ChildCase child = ctx.child();
        SentAs as = ctx.role() == CaseRole.SENCO ? SentAs.SCHOOL
                : ctx.role() == CaseRole.CHILD_YOUNG_PERSON ? SentAs.YOUNG_PERSON : SentAs.PARENT;
        return store(ctx.viewerId(), ctx.viewerName(), as, child.id(), child.localAuthority(), child.givenName(), child.familyName(),
                child.dateOfBirth(), BEING_ASSESSED_STAGES.contains(child.stage()), answers, files);
    }

    /**
     * Sends a request from a parent or young person about a child not yet on Coplan, to the
     * authority they chose. A case of the same child (name and date of birth) already being
     * assessed there takes the request as linked; otherwise a case is opened with the sender on it.
     */
    @Transactional
    public Sent sendForNewChild(PersonId who, SentAs as, OrganisationId localAuthority, RequestAnswers answers, List<Upload> files) {
        if (as == SentAs.SCHOOL || !isAuthority(localAuthority)) {
            throw new IllegalArgumentException("A family's request goes to a local authority");
        }
        String name = people.find(who).map(p -> p.displayName()).orElse("");
        Optional<CaseId> existing = familyCases.beingAssessed(localAuthority, answers.givenName(), answers.familyName(),
                answers.dateOfBirth());
        CaseId caseId = existing.orElseGet(() -> familyCases.openForFamily(who,
                as == SentAs.YOUNG_PERSON ? CaseRole.CHILD_YOUNG_PERSON : CaseRole.PARENT_CARER, answers.givenName(),
                answers.familyName(), answers.dateOfBirth(), localAuthority));
        return store(who, name, as, caseId, localAuthority, answers.givenName(), answers.familyName(), answers.dateOfBirth(),
                existing.isPresent(), answers, files);
    }

    private Sent store(PersonId who, String name, SentAs as, CaseId caseId, OrganisationId la, String given, String family,
            LocalDate dob, boolean beingAssessed, RequestAnswers a, List<Upload> files) {
        Instant now = clock.instant();
        LocalDateTime sentAt = LocalDateTime.now(clock);
        LocalDate receivedOn = rules.receivedOn(sentAt, RequestChannel.ONLINE_FORM);
        boolean linked = beingAssessed;
        if (!linked) {
            ProcessEvent step = ProcessEvent.of(ProcessEventKind.REQUEST_RECEIVED, receivedOn)
                    .withRequest(source(as), RequestChannel.ONLINE_FORM, sentAt);
            List<Problem> problems = process.record(who, caseId, step);
            if (problems.stream().anyMatch(p -> p.code().equals("duplicateRequest"))) {
                linked = true;
            } else if (!problems.isEmpty()) {
                throw new IllegalStateException("The timeline refused the request: " + problems);
            }
        }
        LocalDate due = linked ? null : rules.decisionWhetherToAssess(receivedOn);
        UUID id = UUID.randomUUID();
        requests.insert(new Stored(id, caseId.value(), la.value(), who.value(), name, as, now, receivedOn, due, linked, Status.NEW,
                given.strip(), family.strip(), dob, a.setting(), a.tried(), a.reasons(), a.shareWith(), a.consentBy(),
                a.consentHow(), a.consentOn()));
        for (Upload f : files) {
            requests.insertFile(new AssessmentRequests.File(UUID.randomUUID(), id, f.fileName(), f.mediaType(), f.content().length,
                    f.content()));
        }
        audit.record(new AuditEntry(who.value(), name, role(as).name(), caseId.value(), AuditAction.CHANGED,
                "Request for an assessment sent online", (linked ? "linked to the request already being considered; " : "")
                        + "counts as received on " + receivedOn + (files.isEmpty() ? "" : "; files: " + files.size())
                        + (a.consentBy() == null ? "" : "; family's consent: " + a.consentBy() + ", " + a.consentHow() + ", " + a.consentOn())));
        tell(caseId, who, as, id, due, linked);
        return new Sent(id, caseId.value(), receivedOn, due, linked);
    }

    /** The sender is told (a family member), or, for a SENCO's request, the family on the case. Messages never name the child. */
    private void tell(CaseId caseId, PersonId who, SentAs as, UUID id, LocalDate due, boolean linked) {
        String path = "/cases/" + caseId.value() + "/assessment-requests/" + id;
        List<Object> args = List.of(due == null ? "" : actBy.text(due, Locale.UK));
        String body = linked ? "request.notice.linked.body" : "request.notice.body";
        if (as == SentAs.SCHOOL) {
            notices.tell(caseId, t -> t.member().role().isFamily(), "request.notice.subject",
                    linked ? "request.notice.linked.body" : "request.notice.school.body", args, path);
        } else {
            notices.tell(caseId, who, "request.notice.subject", body, args, path);
        }
    }

    /** The sender's role as the case's record names it. */
    private static CaseRole role(SentAs as) {
        return switch (as) {
            case PARENT -> CaseRole.PARENT_CARER;
            case YOUNG_PERSON -> CaseRole.CHILD_YOUNG_PERSON;
            case SCHOOL -> CaseRole.SENCO;
        };
    }

    private static RequestSource source(SentAs as) {
        return switch (as) {
            case PARENT -> RequestSource.PARENT;
            case YOUNG_PERSON -> RequestSource.YOUNG_PERSON;
            case SCHOOL -> RequestSource.SCHOOL;
        };
    }

    public boolean isAuthority(OrganisationId id) {
        return people.organisation(id).map(o -> o.kind() == OrganisationKind.LOCAL_AUTHORITY).orElse(false);
    }

    /** Every local authority, by name, for a family to choose theirs. */
    public List<Organisation> authorities() {
        return people.organisations(OrganisationKind.LOCAL_AUTHORITY).stream()
                .sorted(java.util.Comparator.comparing(Organisation::name)).toList();
    }

    /** The authorities whose inbox this person reads: those where they are an EHC coordinator or SEN manager. */
    public Set<UUID> inboxesOf(PersonId person) {
        return people.staffMemberships(person).stream()
                .filter(m -> m.role() == StaffRole.EHC_COORDINATOR || m.role() == StaffRole.SEN_MANAGER)
                .map(m -> m.organisationId())
                .filter(this::isAuthority)
                .map(OrganisationId::value)
                .collect(Collectors.toSet());
    }

    /** Whether the person is an EHC coordinator or SEN manager anywhere: for the menu, with no statement of its own. */
    public boolean mayHaveInbox(PersonId person) {
        return people.staffMemberships(person).stream()
                .anyMatch(m -> m.role() == StaffRole.EHC_COORDINATOR || m.role() == StaffRole.SEN_MANAGER);
    }

    /** The newest requests in the person's authorities' inboxes. */
    public List<Stored> inbox(PersonId person) {
        return requests.forAuthorities(inboxesOf(person), 200);
    }

    /** A request on the case, if it is one and the person may read it; opening it from the inbox marks it opened. */
    @Transactional
    public Optional<Stored> read(CaseContext ctx, UUID requestId) {
        if (!mayRead(ctx)) {
            return Optional.empty();
        }
        Optional<Stored> found = requests.find(requestId).filter(r -> r.caseId().equals(ctx.caseId().value()))
                .filter(r -> !ctx.role().isFamily() || familyMayRead(ctx, r));
        found.ifPresent(r -> {
            if (r.status() == Status.NEW && ctx.role() == CaseRole.EHC_COORDINATOR
                    && requests.open(r.id(), ctx.viewerId().value(), clock.instant())) {
                access.recordChange(ctx, "Request for an assessment opened", null);
            }
        });
        return found;
    }

    /**
     * The family reads the requests sent from their case: their own, the school's, and those of
     * anyone on the team. A request linked from someone outside the team (another parent, say) is
     * for the council to read; it is not shown to the family on the case.
     */
    private boolean familyMayRead(CaseContext ctx, Stored r) {
        return r.sentBy().equals(ctx.viewerId().value()) || r.sentAs() == SentAs.SCHOOL
                || access.activeMembers(ctx.caseId()).stream().anyMatch(m -> m.personId().value().equals(r.sentBy()));
    }

    public List<AssessmentRequests.File> files(UUID requestId) {
        return requests.files(requestId);
    }

    public Optional<AssessmentRequests.File> file(Stored request, UUID fileId) {
        return requests.file(request.id(), fileId);
    }

    /** A request the person sent themselves, for their acknowledgement page. */
    public Optional<Stored> sentBy(PersonId person, UUID requestId) {
        return requests.find(requestId).filter(r -> r.sentBy().equals(person.value()));
    }
}
