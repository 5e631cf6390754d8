package org.coplan.plans;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.people.PersonId;
import org.coplan.plans.domain.AmendmentProposal;
import org.coplan.plans.domain.AmendmentProposal.Current;
import org.coplan.plans.domain.AmendmentProposal.ItemChange;
import org.coplan.plans.domain.AmendmentProposal.ItemKind;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.domain.ProvisionAmount;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.PlanPolicy;
import org.coplan.plans.domain.VersionStatus;
import org.coplan.plans.internal.PlanAccess;
import org.coplan.plans.internal.PlanContext;
import org.coplan.plans.internal.PlanItems;
import org.coplan.plans.internal.PlanWork;
import org.coplan.plans.internal.Plans;
import org.coplan.shared.web.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amendments started from elsewhere: an annual review's proposals become the amendment draft of
 * the plan in force in one step, through the same amendment and item changes as the plan pages, so
 * revisions, lineages and the history are kept. The draft is then written, sent and issued as any
 * amendment is.
 */
@Service
@Transactional
public class PlanAmendments {

    /** Where a draft came from, for a link back from it: the words to show and the page. */
    public record Origin(String words, String link) {}

    public sealed interface Result {
        /** The draft was started with every proposal applied. */
        record Drafted(UUID planId, int number) implements Result {}

        /** A version of the plan is already being written: the proposals cannot start another. */
        record DraftAlreadyOpen(UUID planId, int number) implements Result {}

        /** The case has no issued plan to amend. */
        record NoPlanInForce() implements Result {}

        /** Some proposals are about items no longer in the plan in force. */
        record NotInForce(List<UUID> lineages) implements Result {}
    }

    private final PlannedProvision planned;
    private final PlanAccess access;
    private final PlanWork work;
    private final PlanItems items;
    private final Plans plans;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final org.coplan.cases.CaseAccess cases;

    PlanAmendments(org.coplan.cases.CaseAccess cases, PlannedProvision planned, PlanAccess access, PlanWork work, PlanItems items, Plans plans, MessageSource messages,
            JdbcClient jdbc) {
        this.cases = cases;
        this.planned = planned;
        this.access = access;
        this.work = work;
        this.items = items;
        this.plans = plans;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /** Whether the person writes the plan in force on the case, so may turn proposals into its amendment draft. */
    @Transactional(readOnly = true)
    public boolean writesPlanInForce(CaseId caseId, PersonId person) {
        return planned.inForce(caseId).map(f -> PlanPolicy.isWriter(access.openCase(person, caseId.value()).role(), f.kind()))
                .orElse(false);
    }

    /** The kind of the plan in force, if any. */
    @Transactional(readOnly = true)
    public Optional<PlanKind> kindInForce(CaseId caseId) {
        return planned.inForce(caseId).map(PlannedProvision.InForce::kind);
    }

    /** The version being written of the plan in force, if one is. */
    @Transactional(readOnly = true)
    public Optional<Result.DraftAlreadyOpen> openDraft(CaseId caseId) {
        return planned.inForce(caseId).flatMap(f -> {
            List<Plans.Version> versions = plans.versions(f.planId());
            Plans.Version last = versions.get(versions.size() - 1);
            return last.status() == VersionStatus.FINAL ? Optional.empty()
                    : Optional.of(new Result.DraftAlreadyOpen(f.planId(), last.number()));
        });
    }

    /**
     * Starts the amendment draft of the plan in force, as {@code by}, with every proposal applied:
     * changed items edited, stopped items removed, new items added. Nothing is changed unless all of
     * it can be. Not found for someone who does not write the plan.
     */
    public Result draftFrom(CaseId caseId, PersonId by, List<AmendmentProposal> proposals, Origin origin) {
        Optional<PlannedProvision.InForce> inForce = planned.inForce(caseId);
        if (inForce.isEmpty()) {
            return new Result.NoPlanInForce();
        }
        PlannedProvision.InForce f = inForce.get();
        PlanContext issued = access.open(by, caseId.value(), f.planId(), f.number(), PlanAction.VIEW);
        if (!PlanPolicy.mayStart(issued.caseContext().role(), f.kind())) {
            throw new NotFound();
        }
        Optional<Result.DraftAlreadyOpen> open = openDraft(caseId);
        if (open.isPresent()) {
            return open.get();
        }
        List<Current> current = items.current(f.versionId()).stream().filter(i -> i.kind() != PlanItems.Kind.NEED)
                .map(PlanAmendments::current).toList();
        List<ItemChange> changes;
        try {
            changes = AmendmentProposal.changes(proposals, current, f.kind());
        } catch (AmendmentProposal.NotInForce e) {
            return new Result.NotInForce(e.lineages());
        }
        Optional<Plans.Version> started = work.startAmendment(issued);
        if (started.isEmpty()) {
            return openDraft(caseId).<Result>map(d -> d).orElse(new Result.NoPlanInForce());
        }
        int number = started.get().number();
        PlanContext draft = access.open(by, caseId.value(), f.planId(), number, PlanAction.WRITE);
        for (ItemChange change : changes) {
            switch (change) {
                case ItemChange.Edit e -> {
                    PlanItems.Item before = inDraft(draft, e.item());
                    work.editItem(draft, before, fields(e.description(), e.byWhen(), e.amount(), e.groupSize(), e.item(), before.amount()));
                }
                case ItemChange.Remove r -> work.removeItem(draft, inDraft(draft, r.item()));
                case ItemChange.Add a -> work.addItem(draft, a.section(),
                        a.kind() == ItemKind.OUTCOME ? PlanItems.Kind.OUTCOME : PlanItems.Kind.PROVISION,
                        fields(a.description(), a.byWhen(), a.amount(), a.groupSize(),
                                new Current(null, a.kind(), a.section(), a.description(), null, null, null, null, null, null, null, a.links()),
                                null));
            }
        }
        if (origin != null) {
            jdbc.sql("insert into plan_version_origin (version_id, words, link) values (?, ?, ?)")
                    .params(draft.version().id(), origin.words(), origin.link())
                    .update();
        }
        cases.recordChange(draft.caseContext(), draft.change("started from proposals"), changes.size() + " change(s)");
        return new Result.Drafted(f.planId(), number);
    }

    /** Where a version came from, when it was started from elsewhere. */
    @Transactional(readOnly = true)
    public Optional<Origin> origin(UUID versionId) {
        return jdbc.sql("select words, link from plan_version_origin where version_id = ?").param(versionId)
                .query((rs, n) -> new Origin(rs.getString("words"), rs.getString("link"))).optional();
    }

    private PlanItems.Item inDraft(PlanContext draft, Current item) {
        return items.currentByLineage(draft.version().id(), item.lineage()).orElseThrow();
    }

    /**
     * The fields of an item in the draft: the proposal's words, "by when" and amount over the item's
     * own. The one place a proposal becomes {@link PlanWork.ItemFields}; the amount is written in
     * words and in numbers, keeping the item's provider in numbers ({@code baseAmount}) when it had one.
     */
    private PlanWork.ItemFields fields(String description, String byWhen, AmendmentProposal.Amount amount, Integer groupSize,
            Current base, ProvisionAmount baseAmount) {
        Locale uk = Locale.UK;
        String frequency = amount == null ? base.frequency()
                : messages.getMessage("reviewev.amount.per." + amount.per().name(), new Object[] {amount.sessions()}, uk);
        String length = amount == null ? base.sessionLength()
                : messages.getMessage("reviewev.amount.minutes", new Object[] {amount.minutes()}, uk);
        String group = groupSize == null ? base.groupSize()
                : groupSize == 1 ? messages.getMessage("reviewev.amount.oneToOne", null, uk)
                : messages.getMessage("reviewev.amount.group", new Object[] {groupSize}, uk);
        ProvisionAmount numbers = baseAmount;
        if (amount != null) {
            numbers = new ProvisionAmount(amount.sessions(), ProvisionAmount.Per.valueOf(amount.per().name()), amount.minutes(),
                    groupSize != null ? groupSize : baseAmount == null ? null : baseAmount.groupCount(),
                    baseAmount == null ? null : baseAmount.providerRole(), baseAmount == null ? null : baseAmount.providerPerson());
        } else if (groupSize != null && baseAmount != null) {
            numbers = new ProvisionAmount(baseAmount.sessions(), baseAmount.per(), baseAmount.minutes(), groupSize,
                    baseAmount.providerRole(), baseAmount.providerPerson());
        }
        return new PlanWork.ItemFields(description, byWhen, base.provider(), frequency, length, group, base.starts(), base.ends(),
                base.links(), numbers);
    }

    private static Current current(PlanItems.Item i) {
        return new Current(i.lineage(), i.kind() == PlanItems.Kind.OUTCOME ? ItemKind.OUTCOME : ItemKind.PROVISION, i.section(),
                i.description(), i.byWhen(), i.provider(), i.frequency(), i.sessionLength(), i.groupSize(), i.starts(), i.ends(), i.links());
    }
}
