package org.coplan.strategic;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coplan.people.OrganisationId;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.PersonId;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffRole;
import org.coplan.strategic.domain.PollRules.PartDraft;
import org.coplan.strategic.domain.PollRules.QuestionDraft;
import org.coplan.strategic.domain.QuestionKind;
import org.coplan.strategic.domain.Rung;
import org.coplan.strategic.internal.Polls;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Polls and forum members written directly, for demo data and the benchmark's generator: members
 * are made verified (as following the joining link would), and polls are opened without sending
 * anything, since nobody is there to read it.
 */
@Service
@Transactional
public class PollsSetup {

    private final JdbcClient jdbc;
    private final People people;
    private final Polls polls;
    private final Clock clock;

    PollsSetup(JdbcClient jdbc, People people, Polls polls, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.polls = polls;
        this.clock = clock;
    }

    /** Makes the person a verified member of the forum (nothing changes if they already have a row there). */
    public void verifiedMember(UUID forumId, Person person) {
        jdbc.sql("""
                insert into forum_member (id, forum_id, person_id, email, display_name, channel, status, joined_at, verified_at)
                values (?, ?, ?, ?, ?, 'EMAIL', 'MEMBER', ?, ?) on conflict do nothing""")
                .params(UUID.randomUUID(), forumId, person.id().value(), person.email(), person.displayName(),
                        Timestamp.from(clock.instant()), Timestamp.from(clock.instant()))
                .update();
        boolean held = people.staffMemberships(person.id()).stream()
                .anyMatch(m -> m.role() == StaffRole.FORUM_MEMBER && m.organisationId().value().equals(forumId));
        if (!held) {
            people.addStaffRole(person.id(), new OrganisationId(forumId), StaffRole.FORUM_MEMBER);
        }
    }

    /** Opens a poll with one "choose one" question without telling anyone; returns its id. */
    public UUID openPoll(UUID forumId, Person officer, String title, String question, List<String> options, boolean anonymous, Rung rung,
            Instant closesAt) {
        UUID id = polls.create(as(officer), forumId, false, title, "", null, closesAt, anonymous, false, rung,
                List.of(new PartDraft("", List.of(new QuestionDraft(question, QuestionKind.SINGLE, options, null, null)))));
        openQuietly(id, officer);
        return id;
    }

    /** Answers the first question of the poll with option {@code choice}, as this person. */
    public void answer(UUID pollId, PersonId person, int choice) {
        UUID q = polls.poll(pollId).questions().getFirst().id();
        polls.answer(new SignedInPerson(person, "", "", List.of(), null, false), pollId, Map.of(q, new Polls.Answer(Set.of(choice), null)));
    }

    /**
     * The demo forum's polls: one open poll that the given members (Fiona, Sarah) can answer; one
     * closed poll with answers from 42 demo members (one option chosen by only three, so the results
     * show "fewer than 5") and its outcome; and a two-part consultation, open.
     */
    public void demo(UUID forumId, Person officer, List<Person> answerers) {
        Instant now = clock.instant();
        answerers.forEach(p -> verifiedMember(forumId, p));
        openPoll(forumId, officer, "When should forum meetings be held?", "Which time suits you best for forum meetings?",
                List.of("Weekday mornings", "Weekday evenings", "Saturday mornings"), false, Rung.CONSULTING, now.plus(Duration.ofDays(10)));

        UUID closed = openPoll(forumId, officer, "Information about short breaks", "Did you know how to ask for a short break for your child?",
                List.of("Yes, and it was easy", "Yes, but it was hard to find", "No, I did not know"), true, Rung.ENGAGING,
                now.plus(Duration.ofDays(1)));
        int[] choices = new int[42];
        for (int i = 0; i < 42; i++) {
            choices[i] = i < 3 ? 0 : i < 17 ? 1 : 2;
        }
        for (int i = 0; i < 42; i++) {
            Person p = people.findOrCreate("poll-demo." + (i + 1) + "@demo.coplan.test", "Demo Parent " + (i + 1));
            verifiedMember(forumId, p);
            answer(closed, p.id(), choices[i]);
        }
        jdbc.sql("update poll set closes_at = ?, opened_at = ? where id = ?")
                .params(Timestamp.from(now.minus(Duration.ofDays(14))), Timestamp.from(now.minus(Duration.ofDays(35))), closed).update();
        jdbc.sql("""
                update poll set outcome_decided = ?, outcome_decided_by = ?, outcome_review_on = ?, outcome_recorded_at = ?, outcome_recorded_by = ?
                where id = ?""")
                .params("The council will write one short page about short breaks, with the forum, and send it to every family with an EHC plan.",
                        "The co-production board", LocalDate.now(clock).plusMonths(6), Timestamp.from(now.minus(Duration.ofDays(7))),
                        officer.displayName(), closed)
                .update();

        UUID consultation = polls.create(as(officer), forumId, true, "Draft SEND strategy 2027 to 2030",
                "The council and the forum are writing the area's SEND strategy together. Please read each part and tell us what you think.",
                null, now.plus(Duration.ofDays(21)), false, true, Rung.CO_DESIGNING, List.of(
                        new PartDraft("Part 1: Finding help early. Every family should know who to ask when they first worry about their child, "
                                + "and get an answer within two weeks.", List.of(
                                new QuestionDraft("How much do you agree with this aim?", QuestionKind.SCALE, List.of(), "Not at all", "Completely"),
                                new QuestionDraft("What would have helped your family most when you first worried?", QuestionKind.FREE_TEXT,
                                        List.of(), null, null))),
                        new PartDraft("Part 2: Travel to school. Children who need transport should know it is arranged before the term starts.",
                                List.of(new QuestionDraft("Which of these have happened to your family?", QuestionKind.MULTIPLE,
                                        List.of("Transport arranged late", "Driver changed without notice", "Journey longer than an hour",
                                                "None of these"), null, null)))));
        openQuietly(consultation, officer);
    }

    private void openQuietly(UUID id, Person officer) {
        jdbc.sql("update poll set status = 'OPEN', opened_at = ?, opened_by_name = ? where id = ?")
                .params(Timestamp.from(clock.instant()), officer.displayName(), id)
                .update();
    }

    private SignedInPerson as(Person p) {
        return new SignedInPerson(p.id(), p.email(), p.displayName(), List.of(), null, false);
    }
}
