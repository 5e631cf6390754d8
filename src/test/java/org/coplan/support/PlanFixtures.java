package org.coplan.support;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.Person;
import org.coplan.plans.PlanSetup;
import org.coplan.plans.domain.ContributionKind;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.internal.PlanAccess;
import org.coplan.plans.internal.PlanContext;
import org.coplan.plans.internal.PlanItems;
import org.coplan.plans.internal.PlanWork;
import org.coplan.process.ProcessSetup;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.deadlines.RequestChannel;
import org.coplan.process.domain.RequestSource;
import org.springframework.boot.test.context.TestComponent;

/** Plans in known states, built through the same services the pages use. */
@TestComponent
public class PlanFixtures {

    /** A tiny but real PDF: enough for content detection to see a PDF. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * An EHC plan whose version 1 is final and version 2 an open amendment (with a parent's
     * unanswered contribution carrying a PDF, and a provision item), and an SEN support plan
     * whose version 1 is out for comment.
     */
    public record Plans(UUID ehcPlan, UUID senSupportPlan, UUID contribution, UUID provisionItem, UUID request) {}

    private final CaseAccess cases;
    private final PlanAccess plans;
    private final PlanWork work;
    private final PlanSetup setup;
    private final ProcessSetup process;
    private final Clock clock;

    private final org.coplan.plans.internal.SectionRevisions revisions;
    private final PlanItems items;

    PlanFixtures(CaseAccess cases, PlanAccess plans, PlanWork work, PlanSetup setup, ProcessSetup process, Clock clock,
            org.coplan.plans.internal.SectionRevisions revisions, PlanItems items) {
        this.revisions = revisions;
        this.items = items;
        this.setup = setup;
        this.process = process;
        this.clock = clock;
        this.cases = cases;
        this.plans = plans;
        this.work = work;
    }

    public Plans build(CaseId caseId, Person coordinator, Person senco, Person parent) {
        UUID request = decidedToIssue(caseId, coordinator);
        UUID ehc = issuedEhcPlan(caseId, coordinator, false);
        work.startAmendment(plans.open(coordinator.id(), caseId.value(), ehc, 1, PlanAction.VIEW)).orElseThrow();
        UUID contribution = work.contribute(plans.open(parent.id(), caseId.value(), ehc, 2, PlanAction.CONTRIBUTE), SectionCode.B,
                ContributionKind.PARENT_CARER_VIEW, "Kit finds loud rooms hard.", new PlanWork.Upload("letter.pdf", "application/pdf", PDF)).id();
        UUID item = work.addItem(plans.open(coordinator.id(), caseId.value(), ehc, 2, PlanAction.WRITE), SectionCode.F,
                PlanItems.Kind.PROVISION, provision("Speech and language therapy")).id();

        UUID sen = work.startPlan(cases.open(senco.id(), caseId, CaseAction.VIEW_CASE), PlanKind.SEN_SUPPORT).orElseThrow().id();
        setup.propose(senco.id(), caseId, sen, 1, LocalDate.now(clock));
        return new Plans(ehc, sen, contribution, item, request);
    }

    /**
     * An EHC plan issued as the law allows: the assessment steps on the timeline, every section
     * written, the draft sent for comment seven weeks ago and the final plan issued a month ago.
     */
    public UUID issuedEhcPlan(CaseId caseId, Person coordinator) {
        return issuedEhcPlan(caseId, coordinator, true);
    }

    private UUID issuedEhcPlan(CaseId caseId, Person coordinator, boolean assess) {
        LocalDate today = LocalDate.now(clock);
        if (assess) {
            decidedToIssue(caseId, coordinator);
        }
        UUID ehc = setup.start(coordinator.id(), caseId, PlanKind.EHC);
        writeEverySection(caseId, coordinator, ehc, 1);
        setup.propose(coordinator.id(), caseId, ehc, 1, today.minusWeeks(7));
        setup.issue(coordinator.id(), caseId, ehc, 1, today.minusWeeks(4));
        return ehc;
    }

    /** The assessment on the case's timeline up to the decision to issue a plan: a request 20 weeks ago, then the decisions. */
    public UUID decidedToIssue(CaseId caseId, Person coordinator) {
        LocalDate today = LocalDate.now(clock);
        ProcessEvent request = ProcessEvent.of(ProcessEventKind.REQUEST_RECEIVED, today.minusWeeks(20))
                .withRequest(RequestSource.PARENT, RequestChannel.ONLINE_FORM, today.minusWeeks(20).atTime(10, 0));
        step(coordinator, caseId, request);
        step(coordinator, caseId, ProcessEvent.of(ProcessEventKind.DECIDED_TO_ASSESS, today.minusWeeks(15)));
        step(coordinator, caseId, ProcessEvent.of(ProcessEventKind.DECIDED_TO_ISSUE, today.minusWeeks(8)));
        return request.id();
    }

    /** Writes every section of an EHC plan version that has nothing written yet. */
    public void writeEverySection(CaseId caseId, Person writer, UUID plan, int version) {
        PlanContext p = plans.open(writer.id(), caseId.value(), plan, version, PlanAction.VIEW);
        var written = new java.util.HashSet<>(revisions.latest(p.version().id()).keySet());
        items.current(p.version().id()).forEach(i -> written.add(i.section()));
        for (SectionCode section : SectionCode.of(PlanKind.EHC)) {
            if (written.contains(section)) {
                continue;
            }
            if (section == SectionCode.A) {
                setup.write(writer.id(), caseId, plan, version, section, "Kit loves trains.");
            } else {
                setup.write(writer.id(), caseId, plan, version, section, "Written for section " + section.name() + ".");
            }
        }
    }

    private void step(Person coordinator, CaseId caseId, ProcessEvent event) {
        var problems = process.record(coordinator.id(), caseId, event);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Fixture step " + event.kind() + " does not fit: " + problems);
        }
    }

    public PlanContext open(Person person, CaseId caseId, UUID plan, int number, PlanAction action) {
        return plans.open(person.id(), caseId.value(), plan, number, action);
    }

    public UUID newProvisionItem(Person writer, CaseId caseId, UUID plan, int number) {
        return work.addItem(open(writer, caseId, plan, number, PlanAction.WRITE), SectionCode.F, PlanItems.Kind.PROVISION,
                provision("Removable provision")).id();
    }

    public static PlanWork.ItemFields provision(String what) {
        return new PlanWork.ItemFields(what, null, "NHS speech and language therapist", "3 times a week", "30 minutes", "1 to 1",
                null, null, List.of());
    }
}
