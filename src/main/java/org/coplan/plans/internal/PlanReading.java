package org.coplan.plans.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.internal.Attachments.Attachment;
import org.coplan.plans.internal.Contributions.Contribution;
import org.coplan.plans.internal.PlanItems.Item;
import org.coplan.plans.internal.Plans.Plan;
import org.coplan.plans.internal.Plans.Version;
import org.coplan.plans.internal.SectionRevisions.Revision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the parts of a plan that one page shows or changes: a case's plans and their versions, a
 * section's text and its history, one contribution, one item, one attachment. Each read is the
 * statement the page needs and no more; {@link PlanViews} reads a whole version at once.
 */
@Service
@Transactional(readOnly = true)
public class PlanReading {

    private final Plans plans;
    private final SectionRevisions revisions;
    private final Contributions contributions;
    private final PlanItems items;
    private final Attachments attachments;
    private final org.coplan.cases.CaseAccess cases;
    private final org.coplan.people.People people;

    /** A member of staff on the child's team who may be named as the provider of an item. */
    public record Provider(UUID personId, String name, org.coplan.cases.CaseRole role) {}

    PlanReading(Plans plans, SectionRevisions revisions, Contributions contributions, PlanItems items, Attachments attachments,
            org.coplan.cases.CaseAccess cases, org.coplan.people.People people) {
        this.cases = cases;
        this.people = people;
        this.plans = plans;
        this.revisions = revisions;
        this.contributions = contributions;
        this.items = items;
        this.attachments = attachments;
    }

    /**
     * The staff on the child's team now, by name: the people an item's provider may be. The family
     * and their SENDIASS adviser give no provision in a plan.
     */
    public List<Provider> providers(PlanContext p) {
        List<org.coplan.cases.CaseMember> staff = cases.activeMembers(p.caseContext().caseId()).stream()
                .filter(m -> !m.role().isFamily() && m.role() != org.coplan.cases.CaseRole.SENDIASS_ADVISER)
                .toList();
        Map<org.coplan.people.PersonId, org.coplan.people.Person> persons = people.findAll(
                staff.stream().map(org.coplan.cases.CaseMember::personId).toList());
        return staff.stream()
                .filter(m -> persons.containsKey(m.personId()))
                .map(m -> new Provider(m.personId().value(), persons.get(m.personId()).displayName(), m.role()))
                .sorted(java.util.Comparator.comparing(Provider::name))
                .toList();
    }

    /** The case's plans, each with its versions in order. */
    public Map<Plan, List<Version>> plansOf(UUID caseId) {
        Map<Plan, List<Version>> found = new LinkedHashMap<>();
        for (Plan plan : plans.forCase(caseId)) {
            found.put(plan, plans.versions(plan.id()));
        }
        return found;
    }

    /** The plan if it is one of the case's. */
    public Optional<Plan> plan(UUID caseId, UUID planId) {
        return plans.find(caseId, planId);
    }

    /** Every version of the plan, in order. */
    public List<Version> versions(PlanContext p) {
        return plans.versions(p.plan().id());
    }

    /** The section's text as it stands, if anyone has written it. */
    public Optional<Revision> latestText(PlanContext p, SectionCode code) {
        return revisions.latest(p.version().id(), code);
    }

    /** Every saved text of the section, newest first. */
    public List<Revision> textHistory(PlanContext p, SectionCode code) {
        return revisions.history(p.version().id(), code);
    }

    /** The contributions to one section of the version. */
    public List<Contribution> contributions(PlanContext p, SectionCode code) {
        return contributions.forVersion(p.version().id()).stream().filter(c -> c.section() == code).toList();
    }

    public Optional<Contribution> contribution(PlanContext p, UUID contributionId) {
        return contributions.find(p.version().id(), contributionId);
    }

    /** The file attached to a contribution to the version, if it has one. */
    public Optional<Attachment> attachment(PlanContext p, UUID contributionId) {
        return contributions.find(p.version().id(), contributionId)
                .filter(c -> c.attachmentId() != null)
                .flatMap(c -> attachments.find(p.plan().caseId(), c.attachmentId()));
    }

    /** The version's items as they stand, in the order they were first added. */
    public List<Item> currentItems(PlanContext p) {
        return items.current(p.version().id());
    }

    /** One of the section's items as it stands. */
    public Optional<Item> currentItem(PlanContext p, SectionCode code, UUID itemId) {
        return items.current(p.version().id()).stream().filter(i -> i.id().equals(itemId) && i.section() == code).findFirst();
    }

    /** An item of the version as it stands or as it was before a change, found by the id of that revision. */
    public Optional<Item> item(PlanContext p, UUID itemId) {
        UUID versionId = p.version().id();
        Optional<UUID> lineage = items.current(versionId).stream().filter(i -> i.id().equals(itemId)).map(Item::lineage).findFirst()
                .or(() -> items.lineageOf(versionId, itemId));
        return lineage.flatMap(l -> items.history(versionId, l).stream().filter(i -> i.id().equals(itemId)).findFirst());
    }
}
