package org.coplan.meetings.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.cases.CaseAccess;
import org.coplan.meetings.domain.MeetingAction;
import org.coplan.meetings.domain.MeetingKind;
import org.coplan.meetings.domain.ReviewEvidence;
import org.coplan.meetings.domain.ReviewEvidence.ItemLine;
import org.coplan.meetings.domain.ReviewEvidence.OutcomeLine;
import org.coplan.meetings.domain.ReviewEvidence.Planned;
import org.coplan.meetings.domain.ReviewPeriod;
import org.coplan.meetings.internal.MeetingAccess.MeetingCase;
import org.coplan.meetings.internal.Meetings.Meeting;
import org.coplan.meetings.internal.Reviews.Proposal;
import org.coplan.meetings.internal.Reviews.ProposalSet;
import org.coplan.plans.PlanAmendments;
import org.coplan.plans.PlannedProvision;
import org.coplan.plans.domain.AmendmentProposal;
import org.coplan.plans.domain.AmendmentProposal.Change;
import org.coplan.plans.domain.AmendmentProposal.ItemKind;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.SectionCode;
import org.coplan.provision.FidelitySince;
import org.coplan.provision.ProgressSince;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual reviews that start from evidence: what the review meeting shows (progress on each outcome
 * and the delivery of each provision item since the last review), kept as it was once the meeting
 * is held, and the review's proposals to change the plan, which become the amendment draft in one
 * step. Callers have opened the case through {@link MeetingAccess}.
 */
@Service
@Transactional
public class AnnualReviews {

    /** Why proposals cannot be changed now, as a message key and its argument; empty when they can. */
    public record Closed(String key, Object arg) {}

    /** What saving proposals did. */
    public enum Saved {
        SAVED,
        /** Someone changed the proposals after the page was opened: nothing was saved. */
        CHANGED_MEANWHILE,
        CLOSED
    }

    private final Reviews reviews;
    private final PlannedProvision planned;
    private final PlanAmendments amendments;
    private final ObjectProvider<ProgressSince> progress;
    private final ObjectProvider<FidelitySince> fidelity;
    private final CaseAccess cases;
    private final MessageSource messages;
    private final Clock clock;

    AnnualReviews(Reviews reviews, PlannedProvision planned, PlanAmendments amendments, ObjectProvider<ProgressSince> progress,
            ObjectProvider<FidelitySince> fidelity, CaseAccess cases, MessageSource messages, Clock clock) {
        this.reviews = reviews;
        this.planned = planned;
        this.amendments = amendments;
        this.progress = progress;
        this.fidelity = fidelity;
        this.cases = cases;
        this.messages = messages;
        this.clock = clock;
    }

    /** The day a meeting is (or was) held: its first proposed time. */
    static LocalDate day(Meeting meeting) {
        return meeting.firstTime().starts().toLocalDate();
    }

    /**
     * What the review meeting shows: the evidence kept when it was held, or else the evidence now.
     * Empty for other meetings, and when there is neither an earlier review nor a plan in force.
     */
    @Transactional(readOnly = true)
    public Optional<ReviewEvidence> evidence(MeetingCase mc, Meeting meeting) {
        if (meeting.kind() != MeetingKind.ANNUAL_REVIEW) {
            return Optional.empty();
        }
        Optional<ReviewEvidence> kept = reviews.kept(meeting.id());
        return kept.isPresent() ? kept : live(mc, meeting);
    }

    private Optional<ReviewEvidence> live(MeetingCase mc, Meeting meeting) {
        Optional<PlannedProvision.InForce> inForce = planned.inForce(mc.ctx().caseId());
        Optional<ReviewPeriod> period = ReviewPeriod.of(day(meeting), reviews.reviewsHeld(mc.caseId(), meeting.id()),
                inForce.map(PlannedProvision.InForce::issuedOn).orElse(null));
        if (period.isEmpty()) {
            return Optional.empty();
        }
        // before the meeting, the evidence runs up to today: what is expected counts only what was due by now
        LocalDate today = LocalDate.now(clock);
        if (period.get().to().isAfter(today) && !period.get().from().isAfter(today)) {
            period = Optional.of(new ReviewPeriod(period.get().from(), today, period.get().sinceLastReview()));
        }
        LocalDate from = period.get().from();
        LocalDate to = period.get().to();
        List<ProgressSince> progressSources = progress.orderedStream().toList();
        List<FidelitySince> fidelitySources = fidelity.orderedStream().toList();
        List<OutcomeLine> progressLines = progressSources.stream().flatMap(s -> s.progress(mc.ctx().caseId(), from, to).stream())
                .map(p -> new OutcomeLine(p.outcomeLineage(), p.outcome(), p.byWhen(), true, p.stepAtStart(), p.stepNow(), p.records(),
                        p.latestEvidence(), p.familyView(), p.link()))
                .toList();
        List<ItemLine> fidelityLines = fidelitySources.stream().flatMap(s -> s.fidelity(mc.ctx().caseId(), from, to).stream())
                .map(f -> new ItemLine(f.lineage(), f.section(), f.description(), true, f.expected(), f.delivered(), f.notDelivered(),
                        f.notAccounted(), f.madeUp(), f.plainWords(), f.shortfall(), f.link()))
                .toList();
        List<Planned> outcomes = inForce.map(f -> f.outcomes().stream()
                .map(o -> new Planned(o.lineage(), o.section(), o.description(), o.byWhen())).toList()).orElse(List.of());
        List<Planned> items = inForce.map(f -> f.provision().stream()
                .map(i -> new Planned(i.lineage(), i.section(), i.description(), null)).toList()).orElse(List.of());
        return Optional.of(new ReviewEvidence(period.get(), !progressSources.isEmpty(), !fidelitySources.isEmpty(),
                ReviewEvidence.outcomes(outcomes, progressLines), ReviewEvidence.provision(items, fidelityLines), null));
    }

    /** Keeps the evidence as the review saw it, when its meeting is recorded as held; later corrections do not change it. */
    public void keepEvidence(MeetingCase mc, Meeting meeting) {
        if (meeting.kind() != MeetingKind.ANNUAL_REVIEW) {
            return;
        }
        live(mc, meeting).ifPresent(e -> {
            if (reviews.keep(meeting.id(), mc.caseId(), e, clock.instant())) {
                cases.recordChange(mc.ctx(), "Annual review: evidence kept as the meeting saw it",
                        e.outcomes().size() + " outcome(s), " + e.provision().size() + " provision item(s)");
            }
        });
    }

    // ---- proposals

    @Transactional(readOnly = true)
    public Optional<PlannedProvision.InForce> inForce(MeetingCase mc) {
        return planned.inForce(mc.ctx().caseId());
    }

    @Transactional(readOnly = true)
    public ProposalSet proposals(Meeting meeting) {
        return reviews.proposals(meeting.id());
    }

    /** Whether the person writes proposals at this review: a case lead who writes the plan in force. */
    @Transactional(readOnly = true)
    public boolean mayPropose(MeetingCase mc, Meeting meeting) {
        return meeting.kind() == MeetingKind.ANNUAL_REVIEW && mc.can(MeetingAction.RECORD)
                && amendments.writesPlanInForce(mc.ctx().caseId(), mc.ctx().viewerId());
    }

    /** Why the proposals cannot be changed now: the meeting cancelled or not yet held, or the proposals already a draft. */
    @Transactional(readOnly = true)
    public Optional<Closed> whyClosed(Meeting meeting, ProposalSet set) {
        if (set.drafted()) {
            return Optional.of(new Closed("reviewev.closed.drafted", set.draftVersion()));
        }
        if (meeting.cancelled()) {
            return Optional.of(new Closed("reviewev.closed.cancelled", null));
        }
        if (LocalDate.now(clock).isBefore(day(meeting))) {
            return Optional.of(new Closed("reviewev.closed.notYet", formatted(day(meeting))));
        }
        return Optional.empty();
    }

    /** The draft of the plan in force being written now, if any. */
    @Transactional(readOnly = true)
    public Optional<PlanAmendments.Result.DraftAlreadyOpen> openDraft(MeetingCase mc) {
        return amendments.openDraft(mc.ctx().caseId());
    }

    /** The sections a new item of each kind may go in, for the plan in force. */
    @Transactional(readOnly = true)
    public Map<ItemKind, List<SectionCode>> sections(PlanKind kind) {
        return Map.of(ItemKind.OUTCOME, AmendmentProposal.sectionsFor(ItemKind.OUTCOME, kind), ItemKind.PROVISION,
                AmendmentProposal.sectionsFor(ItemKind.PROVISION, kind));
    }

    /** Saves keep, change or stop for the items in force, if nobody changed the proposals since {@code basedOn}. */
    public Saved saveItems(MeetingCase mc, Meeting meeting, int basedOn, List<AmendmentProposal> proposals) {
        requireProposer(mc, meeting);
        ProposalSet set = reviews.proposals(meeting.id());
        if (whyClosed(meeting, set).isPresent()) {
            return Saved.CLOSED;
        }
        Map<UUID, String> was = words(mc);
        List<Proposal> rows = new ArrayList<>();
        int position = 0;
        for (AmendmentProposal p : proposals) {
            rows.add(row(p, position++, was.get(p.lineage())));
        }
        if (!reviews.replaceItems(meeting.id(), mc.caseId(), basedOn, rows, mc.ctx().viewerName(), clock.instant())) {
            return Saved.CHANGED_MEANWHILE;
        }
        cases.recordChange(mc.ctx(), "Annual review: proposals saved", proposals.stream()
                .collect(Collectors.groupingBy(p -> p.change().name(), Collectors.counting())).toString());
        return Saved.SAVED;
    }

    /** Adds a new outcome or provision item, if nobody changed the proposals since {@code basedOn}. */
    public Saved addNew(MeetingCase mc, Meeting meeting, int basedOn, AmendmentProposal proposal) {
        requireProposer(mc, meeting);
        if (whyClosed(meeting, reviews.proposals(meeting.id())).isPresent()) {
            return Saved.CLOSED;
        }
        if (!reviews.add(meeting.id(), mc.caseId(), basedOn, row(proposal, 0, null), mc.ctx().viewerName(), clock.instant())) {
            return Saved.CHANGED_MEANWHILE;
        }
        cases.recordChange(mc.ctx(), "Annual review: new " + proposal.kind().name().toLowerCase(Locale.ROOT) + " proposed", null);
        return Saved.SAVED;
    }

    public Saved removeNew(MeetingCase mc, Meeting meeting, int basedOn, UUID proposalId) {
        requireProposer(mc, meeting);
        if (whyClosed(meeting, reviews.proposals(meeting.id())).isPresent()) {
            return Saved.CLOSED;
        }
        if (!reviews.removeAdded(meeting.id(), mc.caseId(), basedOn, proposalId, mc.ctx().viewerName(), clock.instant())) {
            return Saved.CHANGED_MEANWHILE;
        }
        cases.recordChange(mc.ctx(), "Annual review: a proposed new item taken out", null);
        return Saved.SAVED;
    }

    /** What starting the draft did: the plans module's answer, or the proposals changed meanwhile or closed. */
    public sealed interface Drafting {
        record Answered(PlanAmendments.Result result) implements Drafting {}

        record NotSaved(Saved why) implements Drafting {}
    }

    /**
     * Starts the amendment draft of the plan in force with every proposal applied, and records on the
     * proposals which draft they became; the draft links back to them.
     */
    public Drafting startDraft(MeetingCase mc, Meeting meeting, int basedOn, String meetingPath) {
        requireProposer(mc, meeting);
        ProposalSet set = reviews.proposals(meeting.id());
        if (whyClosed(meeting, set).isPresent()) {
            return new Drafting.NotSaved(Saved.CLOSED);
        }
        if (set.version() != basedOn) {
            return new Drafting.NotSaved(Saved.CHANGED_MEANWHILE);
        }
        List<AmendmentProposal> proposals = set.proposals().stream().map(AnnualReviews::proposal).toList();
        String origin = meeting.title() + ", " + formatted(day(meeting));
        PlanAmendments.Result result = amendments.draftFrom(mc.ctx().caseId(), mc.ctx().viewerId(), proposals,
                new PlanAmendments.Origin(origin, meetingPath + "/proposals"));
        if (result instanceof PlanAmendments.Result.Drafted d) {
            if (!reviews.drafted(meeting.id(), basedOn, d.planId(), d.number(), mc.ctx().viewerName(), clock.instant())) {
                throw new IllegalStateException("Proposals changed while their draft was started");
            }
            cases.recordChange(mc.ctx(), "Annual review: proposals became amendment draft version " + d.number(),
                    proposals.size() + " proposal(s)");
        }
        return new Drafting.Answered(result);
    }

    private static String formatted(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    private void requireProposer(MeetingCase mc, Meeting meeting) {
        if (!mayPropose(mc, meeting)) {
            throw new org.coplan.shared.web.NotFound();
        }
    }

    private Map<UUID, String> words(MeetingCase mc) {
        Map<UUID, String> out = new java.util.HashMap<>();
        planned.inForce(mc.ctx().caseId()).ifPresent(f -> {
            f.outcomes().forEach(o -> out.put(o.lineage(), o.description()));
            f.provision().forEach(i -> out.put(i.lineage(), i.description()));
        });
        return out;
    }

    private static Proposal row(AmendmentProposal p, int position, String was) {
        return new Proposal(UUID.randomUUID(), position, p.change(), p.kind(), p.lineage(), p.section() == null ? null : p.section().name(),
                was, p.words(), p.byWhen(), p.sessions(), p.per() == null ? null : p.per().name(), p.minutes(), p.groupSize(), p.outcomes());
    }

    static AmendmentProposal proposal(Proposal p) {
        return new AmendmentProposal(p.change(), p.kind(), p.lineage(), p.section() == null ? null : SectionCode.valueOf(p.section()),
                p.words(), p.byWhen(), p.sessions(), p.per() == null ? null : AmendmentProposal.Per.valueOf(p.per()), p.minutes(),
                p.groupSize(), p.outcomes());
    }

    /** Whether a proposal is about changing the item (not keeping it). */
    public static boolean changes(Proposal p) {
        return p.change() != Change.KEEP;
    }
}
