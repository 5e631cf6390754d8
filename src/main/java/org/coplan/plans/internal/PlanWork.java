package org.coplan.plans.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.people.PersonId;
import org.coplan.plans.ContributionMade;
import org.coplan.plans.domain.AgreementMark;
import org.coplan.plans.domain.ContributionKind;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.PlanPolicy;
import org.coplan.plans.domain.ProvisionAmount;
import org.coplan.plans.domain.ResponseOutcome;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.domain.VersionStatus;
import org.coplan.plans.internal.AgreementMarks.Mark;
import org.coplan.plans.internal.Attachments.Attachment;
import org.coplan.plans.internal.Contributions.Contribution;
import org.coplan.plans.internal.Contributions.Response;
import org.coplan.plans.internal.PlanComments.Comment;
import org.coplan.plans.internal.PlanItems.Item;
import org.coplan.plans.internal.Plans.Plan;
import org.coplan.plans.internal.Plans.Version;
import org.coplan.plans.internal.SectionRevisions.Revision;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything that changes a plan. Callers have opened the version through {@link PlanAccess}. */
@Service
@Transactional
public class PlanWork {

    public sealed interface SectionSave {
        record Saved(Revision revision) implements SectionSave {}

        /** Someone saved the section after the writer opened it: both texts go back to the writer. */
        record Conflict(Revision current) implements SectionSave {}
    }

    /** A file to attach, as uploaded. */
    public record Upload(String fileName, String mediaType, byte[] content) {}

    /** The structured fields of a need, outcome or provision item, as typed. */
    public record ItemFields(
            String description, String byWhen, String provider, String frequency, String sessionLength, String groupSize,
            LocalDate starts, LocalDate ends, List<UUID> links, ProvisionAmount amount) {

        /** The words alone, with no amount in numbers. */
        public ItemFields(
                String description, String byWhen, String provider, String frequency, String sessionLength, String groupSize,
                LocalDate starts, LocalDate ends, List<UUID> links) {
            this(description, byWhen, provider, frequency, sessionLength, groupSize, starts, ends, links, null);
        }
    }

    private final Plans plans;
    private final SectionRevisions revisions;
    private final Contributions contributions;
    private final AgreementMarks marks;
    private final PlanItems items;
    private final PlanComments comments;
    private final Attachments attachments;
    private final CaseAccess caseAccess;
    private final SectionQuotes quotes;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ThreadScoring thread;

    PlanWork(
            Plans plans, SectionRevisions revisions, Contributions contributions, AgreementMarks marks, PlanItems items,
            PlanComments comments, Attachments attachments, CaseAccess caseAccess, SectionQuotes quotes,
            Clock clock, ApplicationEventPublisher events, ThreadScoring thread) {
        this.thread = thread;
        this.quotes = quotes;
        this.plans = plans;
        this.revisions = revisions;
        this.contributions = contributions;
        this.marks = marks;
        this.items = items;
        this.comments = comments;
        this.attachments = attachments;
        this.caseAccess = caseAccess;
        this.clock = clock;
        this.events = events;
    }

    /** Starts a plan of this kind with an empty first draft. Empty if the case has one already or the person may not. */
    public Optional<Plan> startPlan(CaseContext ctx, PlanKind kind) {
        if (!PlanPolicy.mayStart(ctx.role(), kind)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Plan plan = new Plan(UUID.randomUUID(), ctx.caseId().value(), kind, now);
        if (!plans.insert(plan, ctx.viewerId().value())) {
            return Optional.empty();
        }
        UUID first = UUID.randomUUID();
        plans.insertVersion(first, plan.id(), 1, null, null, ctx.viewerId().value(), now);
        thread.recompute(first, plan.id(), kind, 1, ctx.child());
        caseAccess.recordChange(ctx, plan.label() + ": started", null);
        return Optional.of(plan);
    }

    public SectionSave saveSection(PlanContext p, SectionCode section, String body, UUID basedOn, String changeNote) {
        Revision current = revisions.latest(p.version().id(), section).orElse(null);
        boolean basedOnCurrent = current == null ? basedOn == null : current.id().equals(basedOn);
        Revision revision = new Revision(UUID.randomUUID(), p.version().id(), section, body.strip(), p.caseContext().viewerId().value(),
                p.caseContext().viewerName(), p.caseContext().role().name(), clock.instant(), basedOn,
                changeNote == null || changeNote.isBlank() ? null : changeNote.strip());
        if (!basedOnCurrent || !revisions.insert(revision)) {
            return new SectionSave.Conflict(revisions.latest(p.version().id(), section).orElse(null));
        }
        record(p, "section " + section.name() + " text", revision.changeNote());
        if (section.isAboutTheChild()) {
            thread.recompute(p);
        }
        return new SectionSave.Saved(revision);
    }

    public Contribution contribute(PlanContext p, SectionCode section, ContributionKind kind, String body, Upload upload) {
        Instant now = clock.instant();
        UUID attachmentId = null;
        if (upload != null) {
            attachmentId = UUID.randomUUID();
            attachments.insert(new Attachment(attachmentId, p.caseContext().caseId().value(), upload.fileName(), upload.mediaType(),
                    upload.content().length, upload.content()), p.caseContext().viewerId().value(), now);
        }
        Contribution c = new Contribution(UUID.randomUUID(), p.version().id(), section, kind, body.strip(),
                p.caseContext().viewerId().value(), p.caseContext().viewerName(), p.caseContext().role().name(), now, attachmentId,
                upload == null ? null : upload.fileName(), null);
        contributions.insert(c);
        record(p, "contribution to section " + section.name(), kind.name() + (upload == null ? "" : ", with " + upload.fileName()));
        events.publishEvent(new ContributionMade(p.caseContext().caseId(), p.plan().id(), p.version().number(), p.plan().kind(),
                section.slug(), c.id(), p.caseContext().viewerId()));
        if (section.isAboutTheChild()) {
            thread.recompute(p);
        }
        return c;
    }

    public Item addItem(PlanContext p, SectionCode section, PlanItems.Kind kind, ItemFields f) {
        UUID lineage = UUID.randomUUID();
        Item item = item(p, section, kind, f, lineage);
        items.insert(item);
        record(p, kind.name().toLowerCase(Locale.ROOT) + " added to section " + section.name(), f.description());
        thread.recompute(p);
        return item;
    }

    /** Replaces an item with an edited one of the same lineage; false if someone changed or removed it meanwhile. */
    public boolean editItem(PlanContext p, Item current, ItemFields f) {
        if (!items.supersede(p.version().id(), current.id(), clock.instant())) {
            return false;
        }
        items.insert(item(p, current.section(), current.kind(), f, current.lineage()));
        record(p, current.kind().name().toLowerCase(Locale.ROOT) + " changed in section " + current.section().name(), f.description());
        thread.recompute(p);
        return true;
    }

    public boolean removeItem(PlanContext p, Item current) {
        boolean removed = items.remove(p.version().id(), current.id(), clock.instant());
        if (removed) {
            record(p, current.kind().name().toLowerCase(Locale.ROOT) + " removed from section " + current.section().name(),
                    current.description());
            thread.recompute(p);
        }
        return removed;
    }

    private Item item(PlanContext p, SectionCode section, PlanItems.Kind kind, ItemFields f, UUID lineage) {
        return new Item(UUID.randomUUID(), p.version().id(), section, kind, f.description().strip(), blank(f.byWhen()),
                blank(f.provider()), blank(f.frequency()), blank(f.sessionLength()), blank(f.groupSize()), f.starts(), f.ends(),
                f.links() == null ? List.of() : f.links(), lineage, clock.instant(), p.caseContext().viewerId().value(),
                p.caseContext().viewerName(), kind == PlanItems.Kind.PROVISION ? f.amount() : null);
    }

    public void comment(PlanContext p, SectionCode section, UUID parentId, String body) {
        comments.insert(new Comment(UUID.randomUUID(), p.version().id(), section, parentId, body.strip(),
                p.caseContext().viewerId().value(), p.caseContext().viewerName(), p.caseContext().role().name(), clock.instant()));
        record(p, "comment on section " + section.name(), null);
    }

    /** Records the person's current position on each section given; earlier positions stay on the record. */
    public void markAgreement(PlanContext p, Map<SectionCode, AgreementMark> positions, Map<SectionCode, String> reasons) {
        Instant now = clock.instant();
        List<String> summary = new ArrayList<>();
        positions.forEach((section, mark) -> {
            marks.insert(new Mark(p.version().id(), section, p.caseContext().viewerId().value(), p.caseContext().viewerName(),
                    p.caseContext().role().name(), mark, mark == AgreementMark.DISAGREE ? reasons.get(section).strip() : null, now));
            summary.add(section.name() + " " + mark.name());
        });
        record(p, "agreement marks", String.join(", ", summary));
    }

    /** Contributions that still need an answer before the version can be issued. */
    @Transactional(readOnly = true)
    public List<Contribution> outstanding(PlanContext p) {
        return contributions.unanswered(p.version().id());
    }

    /**
     * Starts an amendment: a new draft built on the issued version, with its text and items
     * carried over. Empty if a version is already being written.
     */
    public Optional<Version> startAmendment(PlanContext p) {
        if (p.version().status() != VersionStatus.FINAL) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<Version> all = plans.versions(p.plan().id());
        int number = all.get(all.size() - 1).number() + 1;
        UUID id = UUID.randomUUID();
        if (!plans.insertVersion(id, p.plan().id(), number, p.version().id(), p.version().reviewDate(),
                p.caseContext().viewerId().value(), now)) {
            return Optional.empty();
        }
        revisions.latest(p.version().id()).values().forEach(r -> revisions.insert(new Revision(UUID.randomUUID(), id, r.section(),
                r.body(), r.authorId(), r.authorName(), r.authorRole(), now, null, "Carried over from version " + p.version().number())));
        // each item keeps its lineage and its amount in numbers, so links and counting carry on across versions
        items.current(p.version().id()).forEach(i -> items.insert(i.carriedInto(UUID.randomUUID(), id, now)));
        SectionCode aboutTheChild = SectionCode.aboutTheChild(p.plan().kind());
        quotes.standing(p.version().id(), aboutTheChild).forEach(q -> quotes.insert(new SectionQuotes.Quote(UUID.randomUUID(), id,
                q.section(), q.lineage(), q.heading(), q.body(), q.picked(), q.speakerName(), q.speakerRole(), q.speakerId(),
                q.helperName(), q.saidAt(), SectionQuotes.State.STANDS, null, null, null, null, null, null, now)));
        thread.recompute(id, p.plan().id(), p.plan().kind(), number, p.caseContext().child());
        caseAccess.recordChange(p.caseContext(), p.plan().label() + ": amendment started as version " + number, null);
        return plans.version(p.plan().id(), number);
    }

    public void setReviewDate(PlanContext p, LocalDate date) {
        plans.setReviewDate(p.version().id(), date);
        record(p, "review date", String.valueOf(date));
    }

    private void record(PlanContext p, String what, String detail) {
        caseAccess.recordChange(p.caseContext(), p.change(what), detail);
    }


    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
