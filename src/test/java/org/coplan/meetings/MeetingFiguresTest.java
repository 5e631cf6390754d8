package org.coplan.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseFigures;
import org.coplan.cases.CaseFigures.Figure;
import org.coplan.cases.CaseFigures.Measure;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseMember;
import org.coplan.cases.CaseRole;
import org.coplan.cases.ContactChannel;
import org.coplan.cases.Involvement;
import org.coplan.cases.ParticipationChoices;
import org.coplan.meetings.domain.ActionStatus;
import org.coplan.meetings.domain.DecisionHolder;
import org.coplan.meetings.domain.MeetingAction;
import org.coplan.meetings.domain.MeetingKind;
import org.coplan.meetings.domain.MeetingMode;
import org.coplan.meetings.domain.ProposedTime;
import org.coplan.meetings.domain.Reply;
import org.coplan.meetings.internal.Actions.Action;
import org.coplan.meetings.internal.Decisions.Decision;
import org.coplan.meetings.internal.FamilyVoice;
import org.coplan.meetings.internal.MeetingAccess;
import org.coplan.meetings.internal.MeetingAccess.MeetingCase;
import org.coplan.meetings.internal.MeetingFigures;
import org.coplan.meetings.internal.MeetingWork;
import org.coplan.meetings.internal.Meetings.Meeting;
import org.coplan.people.Person;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The meetings module's quality figures on a fixed fixture built through the meetings services,
 * with the answers worked out by hand: views at meetings that led to a decision or action, actions
 * done on time, and the involvement family members reached at meetings against what they chose.
 * Two cases are in the set (A and B) and one is not (C); the terms asked for are 2026 summer (April
 * to August) and 2026 autumn (September to December), and the test's day is Monday 23 November 2026.
 */
class MeetingFiguresTest extends IntegrationTest {

    @Autowired
    MeetingAccess access;

    @Autowired
    MeetingWork work;

    @Autowired
    FamilyVoice voice;

    @Autowired
    CaseAccess cases;

    @Autowired
    MeetingFigures figures;

    @Autowired
    List<CaseFigures> allFigures;

    private void at(int month, int day, int hour, int minute) {
        clock.set(LocalDateTime.of(2026, month, day, hour, minute).atZone(clock.getZone()).toInstant());
    }

    private void choose(CaseMember member, Involvement level) {
        fixtures.cases().participation(new ParticipationChoices(member.id(), level, Set.of(ContactChannel.EMAIL), "English", false, null,
                Set.of(), null, 0, null));
    }

    private MeetingCase as(Person p, CaseId c, MeetingAction action) {
        return access.open(p.id(), c.value(), action);
    }

    /** A planning meeting at 10:00 on the day, arranged the day before with everyone who may see the case invited. */
    private Meeting arrange(World w, int month, int day) {
        clock.set(LocalDateTime.of(2026, month, day, 9, 0).minusDays(1).atZone(clock.getZone()).toInstant());
        MeetingCase mc = as(w.coordinator(), w.ownCase(), MeetingAction.ARRANGE);
        return work.arrange(mc, new MeetingWork.Arrangement(MeetingKind.PLANNING, "Planning", MeetingMode.IN_PERSON, "Room 4",
                List.of(new ProposedTime(LocalDateTime.of(2026, month, day, 10, 0), 60)),
                cases.audience(w.ownCase()).told().stream().map(org.coplan.cases.CaseAudience.Told::memberId).toList(), null, false,
                null)).event().meeting();
    }

    private void saidAtTheMeeting(World w, Meeting m, CaseMember speaker, String name) {
        assertThat(work.addView(as(w.coordinator(), w.ownCase(), MeetingAction.RECORD), m, speaker, name, "What " + name + " said.")
                .isDone()).isTrue();
    }

    private Decision decide(World w, Meeting m) {
        Decision d = new Decision(UUID.randomUUID(), w.ownCase().value(), m.id(), "Which therapy?", "A\nB", DecisionHolder.LOCAL_AUTHORITY,
                "A", "Advice said so", w.coordinator().displayName(), CaseRole.EHC_COORDINATOR.name(), clock.instant(), List.of(),
                List.of(), work.today().plusMonths(6));
        assertThat(work.recordDecision(as(w.coordinator(), w.ownCase(), MeetingAction.RECORD), d).isDone()).isTrue();
        return d;
    }

    private CaseMember lead(World w) {
        return cases.activeMembers(w.ownCase()).stream().filter(m -> m.personId().equals(w.coordinator().id())).findFirst().orElseThrow();
    }

    /** An action owned by the lead, from the meeting (or none), added at 9:00 on {@code added}. */
    private Action action(World w, UUID meeting, LocalDate added, LocalDate due) {
        clock.set(added.atTime(9, 0).atZone(clock.getZone()).toInstant());
        CaseMember owner = lead(w);
        Action a = new Action(UUID.randomUUID(), w.ownCase().value(), meeting, null, "Book sessions", owner.id(), w.coordinator().id().value(),
                w.coordinator().displayName(), owner.role().name(), due, ActionStatus.OPEN, null, null, null, w.coordinator().displayName(),
                clock.instant(), 0);
        assertThat(work.addAction(as(w.coordinator(), w.ownCase(), MeetingAction.RECORD), a).isDone()).isTrue();
        return a;
    }

    /** The action marked done or cancelled at noon on {@code on}. */
    private void change(World w, Action a, ActionStatus status, LocalDate on) {
        clock.set(on.atTime(12, 0).atZone(clock.getZone()).toInstant());
        assertThat(work.changeAction(as(w.coordinator(), w.ownCase(), MeetingAction.RECORD), a, status,
                status == ActionStatus.CANCELLED ? "No longer needed." : null, 0)).isTrue();
    }

    private void complete(World w, Meeting m) {
        assertThat(work.complete(as(w.coordinator(), w.ownCase(), MeetingAction.RECORD), m).isDone()).isTrue();
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static Figure one(List<Figure> all, String key, String term) {
        List<Figure> found = all.stream().filter(f -> f.key().equals(key) && f.term().equals(term)).toList();
        assertThat(found).as(key + " in " + term).hasSize(1);
        return found.get(0);
    }

    private static void assertFigure(Figure f, String group, long numerator, long denominator, int cases, int numeratorCases) {
        assertThat(f.group()).isEqualTo(group);
        assertThat(f.measure()).isEqualTo(Measure.SHARE);
        assertThat(List.of(f.numerator(), f.denominator(), (long) f.cases(), (long) f.numeratorCases()))
                .as(f.key() + " " + f.term() + ": numerator, denominator, cases, numerator cases")
                .containsExactly(numerator, denominator, (long) cases, (long) numeratorCases);
        assertThat(f.value()).isEqualTo((double) numerator / denominator);
    }

    @Test
    void viewsActedOnActionsOnTimeAndInvolvementReachedAtMeetingsAreCountedTermByTermOverTheCasesAskedFor() {
        // The cases are opened in August, before any meeting.
        at(8, 1, 9, 0);
        World a = fixtures.world();
        World b = fixtures.world();
        World c = fixtures.world();
        choose(a.parentMember(), Involvement.INVOLVED_IN_DECISIONS);
        choose(a.childMember(), Involvement.ASKED_FOR_VIEWS);
        choose(b.parentMember(), Involvement.KEPT_INFORMED);
        // B's child has made no choice: not counted for involvement
        choose(c.parentMember(), Involvement.CO_PRODUCING);

        // A, Monday 31 August (summer): the child writes views the day before; at the meeting the parent and the
        // psychologist speak and a decision is made. Views 2 (the psychologist's is not the family's), both acted on.
        Meeting m1 = arrange(a, 8, 31);
        at(8, 30, 18, 0);
        assertThat(voice.writeOwn(as(a.child(), a.ownCase(), MeetingAction.WRITE_FAMILY_ACCOUNT), m1, a.childMember().id(),
                new FamilyVoice.Answers("Art club", null, null, null), null).isDone()).isTrue();
        at(8, 31, 10, 30);
        saidAtTheMeeting(a, m1, a.parentMember(), "Pat Parent");
        saidAtTheMeeting(a, m1, a.psychologistMember(), "Pia Psychologist");
        decide(a, m1);
        complete(a, m1);

        // A, Tuesday 1 September (autumn): the parent says they will come and speaks; nothing is decided or done.
        Meeting m2 = arrange(a, 9, 1);
        assertThat(work.reply(as(a.parent(), a.ownCase(), MeetingAction.REPLY), m2, Reply.ATTENDING, null).isDone()).isTrue();
        at(9, 1, 10, 30);
        saidAtTheMeeting(a, m2, a.parentMember(), "Pat Parent");
        complete(a, m2);

        // B, Monday 2 November: the parent speaks and an action is agreed (due 15 December, still open).
        Meeting m3 = arrange(b, 11, 2);
        at(11, 2, 10, 30);
        saidAtTheMeeting(b, m3, b.parentMember(), "Pat Parent");
        action(b, m3.id(), d(11, 2), d(12, 15));
        complete(b, m3);

        // B, Monday 16 November: the parent speaks, but the record is never completed: not a meeting held.
        Meeting m4 = arrange(b, 11, 16);
        at(11, 16, 10, 30);
        saidAtTheMeeting(b, m4, b.parentMember(), "Pat Parent");

        // C is not in the set: a meeting with a view and a decision, and an action done on time.
        // C's parent chose to co-produce: a meeting asks at most for involvement in decisions, which coming to it reaches.
        Meeting m5 = arrange(c, 11, 2);
        assertThat(work.reply(as(c.parent(), c.ownCase(), MeetingAction.REPLY), m5, Reply.ATTENDING, null).isDone()).isTrue();
        at(11, 2, 10, 30);
        saidAtTheMeeting(c, m5, c.parentMember(), "Pat Parent");
        decide(c, m5);
        complete(c, m5);
        change(c, action(c, null, d(9, 10), d(10, 1)), ActionStatus.DONE, d(10, 1));

        // A's actions: done the day before (on time), done two days late, open and overdue, due today and open (left out),
        // due in December and done early (on time), cancelled before it was due (left out).
        change(a, action(a, null, d(8, 10), d(8, 20)), ActionStatus.DONE, d(8, 19));
        change(a, action(a, null, d(8, 10), d(8, 31)), ActionStatus.DONE, d(9, 2));
        action(a, null, d(8, 10), d(9, 1));
        action(a, null, d(11, 1), d(11, 23));
        change(a, action(a, null, d(11, 1), d(12, 10)), ActionStatus.DONE, d(11, 20));
        change(a, action(a, null, d(9, 10), d(10, 15)), ActionStatus.CANCELLED, d(10, 10));
        // B's actions: done on its due day (on time), cancelled after it was due (late); and the open one from the meeting.
        change(b, action(b, null, d(9, 10), d(10, 1)), ActionStatus.DONE, d(10, 1));
        change(b, action(b, null, d(10, 5), d(11, 2)), ActionStatus.CANCELLED, d(11, 5));

        // A second parent joins B on 20 November: they were not on the team at B's meeting.
        at(11, 20, 9, 0);
        choose(fixtures.cases().addMember(b.ownCase(), fixtures.person("Second Parent").id(), CaseRole.PARENT_CARER),
                Involvement.CO_PRODUCING);

        clock.reset();
        List<CaseId> set = List.of(a.ownCase(), b.ownCase());
        List<Figure> all = figures.figures(set, d(4, 1), d(11, 23));

        // Summer: A's two views at the 31 August meeting, which led to a decision.
        assertFigure(one(all, "meetings.views-acted-on", "2026-summer"), "meetings", 2, 2, 1, 1);
        // Autumn: A's view on 1 September (nothing came of it) and B's on 2 November (an action).
        assertFigure(one(all, "meetings.views-acted-on", "2026-autumn"), "meetings", 1, 2, 2, 1);
        // Summer: due 20 August done on the 19th; due 31 August done on 2 September.
        assertFigure(one(all, "meetings.actions-on-time", "2026-summer"), "meetings", 1, 2, 1, 1);
        // Autumn: A's overdue one (late) and December one done early (on time); B's done on the day and cancelled late.
        assertFigure(one(all, "meetings.actions-on-time", "2026-autumn"), "meetings", 2, 4, 2, 2);
        // Summer: the parent chose decisions but gave views only; the child chose views and gave them.
        assertFigure(one(all, "involvement.meetings-reached", "2026-summer"), "involvement", 1, 2, 1, 1);
        // Autumn: A's parent came (reached), A's child was only told (not reached); B's parent chose to be kept informed
        // and was told (reached). B's child made no choice, and the second parent joined later.
        assertFigure(one(all, "involvement.meetings-reached", "2026-autumn"), "involvement", 2, 3, 2, 2);
        assertThat(all).hasSize(6);

        // Only the terms asked for: from September, summer is not given.
        assertThat(figures.figures(set, d(9, 1), d(11, 23))).extracting(Figure::term).containsOnly("2026-autumn");
        // C alone: its own figures, nothing of A or B.
        List<Figure> onlyC = figures.figures(List.of(c.ownCase()), d(4, 1), d(11, 23));
        assertFigure(one(onlyC, "meetings.views-acted-on", "2026-autumn"), "meetings", 1, 1, 1, 1);
        assertFigure(one(onlyC, "meetings.actions-on-time", "2026-autumn"), "meetings", 1, 1, 1, 1);
        assertFigure(one(onlyC, "involvement.meetings-reached", "2026-autumn"), "involvement", 1, 1, 1, 1);
        assertThat(onlyC).hasSize(3);
        assertThat(figures.figures(List.of(), d(4, 1), d(11, 23))).isEmpty();

        // No other module gives a figure under these keys.
        List<Figure> everyBean = allFigures.stream().flatMap(f -> f.figures(set, d(4, 1), d(11, 23)).stream())
                .filter(f -> f.key().startsWith("meetings.") || f.key().equals("involvement.meetings-reached")).toList();
        assertThat(everyBean).containsExactlyInAnyOrderElementsOf(all);
    }
}
