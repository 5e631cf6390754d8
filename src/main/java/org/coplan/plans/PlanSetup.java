package org.coplan.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.PersonId;
import org.coplan.plans.domain.ContributionKind;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.ResponseOutcome;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.internal.AnsweringContribution;
import org.coplan.plans.internal.IssuingPlan;
import org.coplan.plans.internal.PlanAccess;
import org.coplan.plans.internal.SendingForComment;
import org.coplan.plans.internal.PlanContext;
import org.coplan.plans.internal.PlanItems;
import org.coplan.plans.internal.PlanWork;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds plans directly, acting as the people named, through the same rules as the pages: for
 * demo data and set-up. Each call is made as a person who must be allowed to make it.
 */
@Service
@Transactional
public class PlanSetup {

    private final CaseAccess cases;
    private final PlanAccess plans;
    private final PlanWork work;
    private final SendingForComment sending;
    private final IssuingPlan issuing;

    private final AnsweringContribution answering;
    private final org.coplan.plans.internal.QuotedWords quoted;
    private final PlanLookup lookup;
    private final org.coplan.plans.internal.PlanReading reading;

    PlanSetup(CaseAccess cases, PlanAccess plans, PlanWork work, SendingForComment sending, IssuingPlan issuing,
            AnsweringContribution answering, org.coplan.plans.internal.QuotedWords quoted, PlanLookup lookup,
            org.coplan.plans.internal.PlanReading reading) {
        this.reading = reading;
        this.quoted = quoted;
        this.lookup = lookup;
        this.answering = answering;
        this.sending = sending;
        this.issuing = issuing;
        this.cases = cases;
        this.plans = plans;
        this.work = work;
    }

    public UUID start(PersonId writer, CaseId caseId, PlanKind kind) {
        return work.startPlan(cases.open(writer, caseId, CaseAction.VIEW_CASE), kind).orElseThrow().id();
    }

    public void write(PersonId writer, CaseId caseId, UUID plan, int version, SectionCode section, String text) {
        PlanContext p = plans.open(writer, caseId.value(), plan, version, PlanAction.WRITE);
        var current = work.saveSection(p, section, text, null, null);
        if (current instanceof PlanWork.SectionSave.Conflict conflict) {
            work.saveSection(p, section, text, conflict.current().id(), null);
        }
    }

    public UUID need(PersonId writer, CaseId caseId, UUID plan, int version, SectionCode section, String need) {
        return work.addItem(plans.open(writer, caseId.value(), plan, version, PlanAction.WRITE), section, PlanItems.Kind.NEED,
                new PlanWork.ItemFields(need, null, null, null, null, null, null, null, List.of())).lineage();
    }

    public UUID outcome(PersonId writer, CaseId caseId, UUID plan, int version, SectionCode section, String outcome, String byWhen,
            List<UUID> needs) {
        return work.addItem(plans.open(writer, caseId.value(), plan, version, PlanAction.WRITE), section, PlanItems.Kind.OUTCOME,
                new PlanWork.ItemFields(outcome, byWhen, null, null, null, null, null, null, needs)).lineage();
    }

    public void provision(PersonId writer, CaseId caseId, UUID plan, int version, SectionCode section, String what, String who,
            String howOften, String howLong, String groupSize, List<UUID> outcomes) {
        work.addItem(plans.open(writer, caseId.value(), plan, version, PlanAction.WRITE), section, PlanItems.Kind.PROVISION,
                new PlanWork.ItemFields(what, null, who, howOften, howLong, groupSize, null, null, outcomes));
    }

    /** Adds a provision item with its amount in numbers beside the words. */
    public void provision(PersonId writer, CaseId caseId, UUID plan, int version, SectionCode section, String what, String who,
            String howOften, String howLong, String groupSize, List<UUID> outcomes, org.coplan.plans.domain.ProvisionAmount amount) {
        work.addItem(plans.open(writer, caseId.value(), plan, version, PlanAction.WRITE), section, PlanItems.Kind.PROVISION,
                new PlanWork.ItemFields(what, null, who, howOften, howLong, groupSize, null, null, outcomes, amount));
    }

    /**
     * Gives the provision item with these words, in the plan of this kind being written, an
     * amount in numbers, as its writer would on the item's page; its words stay as they are.
     */
    public void quantify(PersonId writer, CaseId caseId, PlanKind kind, String description,
            org.coplan.plans.domain.ProvisionAmount amount) {
        PlanLookup.PlanRef ref = lookup.current(caseId, kind).orElseThrow();
        PlanContext p = plans.open(writer, caseId.value(), ref.planId(), ref.currentVersion(), PlanAction.WRITE);
        PlanItems.Item item = reading.currentItems(p).stream()
                .filter(i -> i.kind() == PlanItems.Kind.PROVISION && i.description().equals(description))
                .findFirst().orElseThrow();
        if (!work.editItem(p, item, new PlanWork.ItemFields(item.description(), item.byWhen(), item.provider(), item.frequency(),
                item.sessionLength(), item.groupSize(), item.starts(), item.ends(), item.links(), amount))) {
            throw new IllegalStateException("Provision item changed meanwhile: " + description);
        }
    }

    /** Adds a contribution as its author, and the writer's answer if one is given. */
    public void contribution(PersonId author, CaseId caseId, UUID plan, int version, SectionCode section, ContributionKind kind,
            String text, PersonId writer, ResponseOutcome answer, String explanation) {
        var c = work.contribute(plans.open(author, caseId.value(), plan, version, PlanAction.CONTRIBUTE), section, kind, text, null);
        if (answer != null) {
            answering.answer(plans.open(writer, caseId.value(), plan, version, PlanAction.WRITE), c, answer, explanation);
        }
    }

    /** Sends the draft for comment as on {@code on}, with the shortest window the law allows; throws if the rules refuse it. */
    public void propose(PersonId writer, CaseId caseId, UUID plan, int version, LocalDate on) {
        PlanContext p = plans.open(writer, caseId.value(), plan, version, PlanAction.WRITE);
        if (sending.send(p, sending.minimumDays(), false, on) instanceof SendingForComment.Result.Refused refused) {
            throw new IllegalStateException("Plan not sent for comment: " + refused.reasons());
        }
    }

    /** Issues the version as on {@code on}; throws if the rules refuse it. */
    public void issue(PersonId writer, CaseId caseId, UUID plan, int version, LocalDate on) {
        PlanContext p = plans.open(writer, caseId.value(), plan, version, PlanAction.WRITE);
        if (issuing.issue(p, on) instanceof IssuingPlan.Result.Refused refused) {
            throw new IllegalStateException("Plan not issued: " + refused.reasons());
        }
    }

    /** Starts section A (for SEN support, "All about me") of the version from the case's "All about me", as its writer. */
    public int quoteAboutMe(PersonId writer, CaseId caseId, PlanKind kind) {
        PlanLookup.PlanRef ref = lookup.current(caseId, kind).orElseThrow();
        return quoted.startFromAboutMe(plans.open(writer, caseId.value(), ref.planId(), ref.currentVersion(), PlanAction.WRITE));
    }
}
