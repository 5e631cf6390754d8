package org.coplan.meetings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseRole;
import org.coplan.meetings.domain.NotePart;
import org.coplan.meetings.domain.YouSaid;
import org.coplan.meetings.domain.YouSaid.Result;
import org.coplan.meetings.domain.YouSaid.Source;
import org.coplan.meetings.domain.YouSaid.WeDid;
import org.coplan.meetings.internal.Actions.Action;
import org.coplan.meetings.internal.Decisions.Decision;
import org.coplan.meetings.internal.Meetings.Meeting;
import org.coplan.plans.PlanFeedback;
import org.coplan.plans.PlanFeedback.FamilyContribution;
import org.coplan.plans.PlanFeedback.SectionObjection;
import org.coplan.resolution.RaisedDisagreements;
import org.coplan.resolution.RaisedDisagreements.Raised;
import org.coplan.resolution.domain.Disagreement;
import org.coplan.resolution.domain.StageChange;
import org.coplan.shared.ClockConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "You said, we did" for one case: every view and concern the family raised (in plans, at
 * meetings, as disagreements) joined to what happened as a result, with dates.
 */
@Service
@Transactional(readOnly = true)
public class YouSaidWeDid {

    private final PlanFeedback plans;
    private final RaisedDisagreements disagreements;
    private final Meetings meetings;
    private final Decisions decisions;
    private final Actions actions;
    private final MessageSource messages;

    YouSaidWeDid(PlanFeedback plans, RaisedDisagreements disagreements, Meetings meetings, Decisions decisions, Actions actions,
            MessageSource messages) {
        this.plans = plans;
        this.disagreements = disagreements;
        this.meetings = meetings;
        this.decisions = decisions;
        this.actions = actions;
        this.messages = messages;
    }

    /** Everything the family raised on the case, newest first. */
    public List<YouSaid> forCase(CaseContext ctx, Locale locale) {
        String casePath = "/cases/" + ctx.caseId().value();
        List<YouSaid> out = new ArrayList<>();
        plans.familyContributions(ctx.caseId()).forEach(c -> out.add(contribution(casePath, c, locale)));
        plans.familyObjections(ctx.caseId()).forEach(o -> out.add(objection(casePath, o, locale)));
        meetingViews(ctx, casePath, out);
        disagreements.byFamily(ctx.caseId()).forEach(r -> out.add(disagreement(casePath, r, locale)));
        return out.stream().sorted(YouSaid.NEWEST_FIRST).toList();
    }

    /** "Sam Patel, EHC coordinator", or the name alone for an answer kept without a role. */
    private String answerer(FamilyContribution c, Locale locale) {
        return c.answeredByRole() == null ? c.answeredBy() : messages.getMessage("answer.byPerson",
                new Object[] {c.answeredBy(), messages.getMessage("role." + c.answeredByRole().name(), null, locale)}, locale);
    }

    private YouSaid contribution(String casePath, FamilyContribution c, Locale locale) {
        String href = casePath + "/plans/" + c.planId() + "/versions/" + c.versionNumber() + "/sections/" + c.section().slug();
        List<WeDid> results = new ArrayList<>();
        if (c.answered()) {
            results.add(new WeDid(Result.valueOf(c.outcome().name()), day(c.answeredAt()), c.explanation(), answerer(c, locale), href));
            if (c.versionIssuedAt() != null) {
                results.add(new WeDid(Result.PLAN_ISSUED, day(c.versionIssuedAt()), null, null, planHref(casePath, c.planId(), c.versionNumber())));
            }
        }
        return new YouSaid(Source.PLAN_CONTRIBUTION, day(c.madeAt()), c.authorName(), c.authorRole(), section(c.section().name(), locale),
                c.body(), href, results);
    }

    private YouSaid objection(String casePath, SectionObjection o, Locale locale) {
        String href = casePath + "/plans/" + o.planId() + "/versions/" + o.versionNumber() + "/sections/" + o.section().slug();
        List<WeDid> results = o.versionIssuedAt() == null
                ? List.of()
                : List.of(new WeDid(Result.PLAN_ISSUED, day(o.versionIssuedAt()), null, null, planHref(casePath, o.planId(), o.versionNumber())));
        return new YouSaid(Source.PLAN_SECTION_DISAGREEMENT, day(o.markedAt()), o.personName(), o.personRole(),
                section(o.section().name(), locale), o.reason(), href, results);
    }

    /** Views the family gave at each meeting, and their own accounts of it, with what the meeting led to. */
    private void meetingViews(CaseContext ctx, String casePath, List<YouSaid> out) {
        List<Decision> caseDecisions = decisions.forCase(ctx.caseId().value());
        List<Action> caseActions = actions.forCase(ctx.caseId().value());
        for (Meeting m : meetings.forCase(ctx.caseId().value())) {
            String href = casePath + "/meetings/" + m.id();
            List<WeDid> results = new ArrayList<>();
            List<UUID> meetingDecisions = new ArrayList<>();
            for (Decision d : caseDecisions) {
                if (m.id().equals(d.meetingId())) {
                    meetingDecisions.add(d.id());
                    results.add(new WeDid(Result.DECISION, day(d.recordedAt()), d.decision(), d.question(),
                            casePath + "/decisions/" + d.id()));
                }
            }
            for (Action a : caseActions) {
                if (m.id().equals(a.meetingId()) || meetingDecisions.contains(a.decisionId())) {
                    results.add(action(casePath, a));
                }
            }
            for (Meetings.View v : meetings.views(m.id())) {
                role(v.speakerRole()).filter(CaseRole::isFamily).ifPresent(role -> out.add(new YouSaid(
                        Source.MEETING_VIEW, day(v.recordedAt()), v.speakerName(), role, m.title(), v.words(), href, results)));
            }
            for (Meetings.Note n : meetings.latestNotes(m.id())) {
                if (n.part() == NotePart.FAMILY_ACCOUNT) {
                    role(n.authorRole()).filter(CaseRole::isFamily).ifPresent(role -> out.add(new YouSaid(
                            Source.FAMILY_ACCOUNT, day(n.writtenAt()), n.authorName(), role, m.title(), n.body(), href, results)));
                }
            }
        }
    }

    private static WeDid action(String casePath, Action a) {
        String href = casePath + "/actions/" + a.id();
        return switch (a.status()) {
            case OPEN -> new WeDid(Result.ACTION_OPEN, a.dueOn(), a.description(), a.ownerName(), href);
            case DONE -> new WeDid(Result.ACTION_DONE, day(a.statusChangedAt()), a.description(), a.ownerName(), href);
            case CANCELLED -> new WeDid(Result.ACTION_CANCELLED, day(a.statusChangedAt()), a.description() + " (" + a.cancelReason() + ")",
                    a.ownerName(), href);
        };
    }

    private YouSaid disagreement(String casePath, Raised r, Locale locale) {
        Disagreement d = r.disagreement();
        String href = casePath + "/disagreements/" + d.id();
        List<WeDid> results = new ArrayList<>();
        for (StageChange c : r.changes()) {
            if (c.from() == null) {
                continue; // raising it is what the family said, not something that came of it
            }
            String label = c.outcome() != null
                    ? messages.getMessage("disagreement.outcome." + c.outcome().name(), null, locale)
                    : messages.getMessage("disagreement.stage." + c.to().name(), null, locale);
            results.add(new WeDid(c.to().open() ? Result.STAGE_CHANGED : Result.CLOSED, day(c.at()), c.note(), label, href));
        }
        String words = d.wouldLike() == null || d.wouldLike().isBlank()
                ? d.disagreeWith()
                : messages.getMessage("yousaid.wouldLike", new Object[] {d.disagreeWith(), d.wouldLike()}, locale);
        return new YouSaid(Source.DISAGREEMENT, d.raisedOn(), d.raisedByName(), d.raisedByRole(), disagreements.about(d, locale), words,
                href, results);
    }

    private String section(String code, Locale locale) {
        return messages.getMessage("plan.section." + code, null, locale);
    }

    private static String planHref(String casePath, UUID planId, int number) {
        return casePath + "/plans/" + planId + "/versions/" + number;
    }

    private static Optional<CaseRole> role(String name) {
        try {
            return Optional.of(CaseRole.valueOf(name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ClockConfiguration.ZONE).toLocalDate();
    }
}
