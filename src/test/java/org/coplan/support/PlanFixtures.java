package org.coplan.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.Person;
import org.coplan.plans.domain.ContributionKind;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.internal.PlanAccess;
import org.coplan.plans.internal.PlanContext;
import org.coplan.plans.internal.PlanItems;
import org.coplan.plans.internal.PlanWork;
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
    public record Plans(UUID ehcPlan, UUID senSupportPlan, UUID contribution, UUID provisionItem) {}

    private final CaseAccess cases;
    private final PlanAccess plans;
    private final PlanWork work;

    PlanFixtures(CaseAccess cases, PlanAccess plans, PlanWork work) {
        this.cases = cases;
        this.plans = plans;
        this.work = work;
    }

    public Plans build(CaseId caseId, Person coordinator, Person senco, Person parent) {
        UUID ehc = work.startPlan(cases.open(coordinator.id(), caseId, CaseAction.VIEW_CASE), PlanKind.EHC).orElseThrow().id();
        PlanContext v1 = plans.open(coordinator.id(), caseId.value(), ehc, 1, PlanAction.WRITE);
        work.saveSection(v1, SectionCode.A, "Kit loves trains.", null, null);
        work.issue(v1);
        work.startAmendment(plans.open(coordinator.id(), caseId.value(), ehc, 1, PlanAction.VIEW)).orElseThrow();
        UUID contribution = work.contribute(plans.open(parent.id(), caseId.value(), ehc, 2, PlanAction.CONTRIBUTE), SectionCode.B,
                ContributionKind.PARENT_CARER_VIEW, "Kit finds loud rooms hard.", new PlanWork.Upload("letter.pdf", "application/pdf", PDF)).id();
        UUID item = work.addItem(plans.open(coordinator.id(), caseId.value(), ehc, 2, PlanAction.WRITE), SectionCode.F,
                PlanItems.Kind.PROVISION, provision("Speech and language therapy")).id();

        UUID sen = work.startPlan(cases.open(senco.id(), caseId, CaseAction.VIEW_CASE), PlanKind.SEN_SUPPORT).orElseThrow().id();
        work.propose(plans.open(senco.id(), caseId.value(), sen, 1, PlanAction.WRITE), 15, false);
        return new Plans(ehc, sen, contribution, item);
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
