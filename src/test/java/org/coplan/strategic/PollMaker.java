package org.coplan.strategic;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coplan.people.Person;
import org.coplan.strategic.domain.PollRules.PartDraft;
import org.coplan.strategic.domain.PollRules.QuestionDraft;
import org.coplan.strategic.domain.QuestionKind;
import org.coplan.strategic.domain.Rung;
import org.coplan.strategic.domain.Topic;
import org.coplan.strategic.internal.Polls;
import org.coplan.support.Fixtures;

/** Polls for tests, written and opened through the service as an officer would through the pages. */
final class PollMaker {

    private PollMaker() {}

    /** A draft poll with one "choose one" question (Yes / No), closing a week after {@code now}. */
    static UUID draft(Polls polls, Fixtures fixtures, Person officer, UUID forumId, String title, boolean anonymous, boolean hidden,
            Topic topic, Instant now) {
        return polls.create(fixtures.signedIn(officer), forumId, false, title, "", topic, now.plus(Duration.ofDays(7)), anonymous, hidden,
                Rung.CONSULTING, List.of(new PartDraft("", List.of(new QuestionDraft("Should the forum meet in the evenings?", QuestionKind.SINGLE,
                        List.of("Yes", "No"), null, null)))));
    }

    static UUID open(Polls polls, Fixtures fixtures, Person officer, UUID forumId, String title, boolean anonymous, boolean hidden, Topic topic,
            Instant now) {
        UUID id = draft(polls, fixtures, officer, forumId, title, anonymous, hidden, topic, now);
        if (!polls.open(fixtures.signedIn(officer), id)) {
            throw new IllegalStateException("not opened");
        }
        return id;
    }

    static UUID closed(Polls polls, Fixtures fixtures, Person officer, UUID forumId, String title, Instant now) {
        UUID id = open(polls, fixtures, officer, forumId, title, false, false, null, now);
        polls.closeEarly(fixtures.signedIn(officer), id);
        return id;
    }

    /** Answers the poll's first question with option {@code choice} (0 = Yes) as this person. */
    static void answer(Polls polls, Fixtures fixtures, Person who, UUID pollId, int choice) {
        UUID q = polls.poll(pollId).questions().getFirst().id();
        polls.answer(fixtures.signedIn(who), pollId, Map.of(q, new Polls.Answer(Set.of(choice), null)));
    }
}
