package org.coplan.strategic.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coplan.strategic.domain.PollRules.PartDraft;
import org.coplan.strategic.domain.PollRules.Problem;
import org.coplan.strategic.domain.PollRules.QuestionDraft;
import org.junit.jupiter.api.Test;

class PollRulesTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static List<PartDraft> one(QuestionDraft q) {
        return List.of(new PartDraft("", List.of(q)));
    }

    static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void aPollClosesAtItsClosingTimeByTheClockOrWhenClosedEarly() {
        Instant closes = NOW.plus(Duration.ofHours(1));
        assertThat(PollState.of(false, closes, null, NOW)).isEqualTo(PollState.DRAFT);
        assertThat(PollState.of(true, closes, null, NOW)).isEqualTo(PollState.OPEN);
        assertThat(PollState.of(true, closes, null, closes.minusSeconds(1))).isEqualTo(PollState.OPEN);
        assertThat(PollState.of(true, closes, null, closes)).isEqualTo(PollState.CLOSED);
        assertThat(PollState.of(true, closes, NOW, NOW)).isEqualTo(PollState.CLOSED);
        // a draft whose closing time has passed is still a draft: it was never sent
        assertThat(PollState.of(false, closes, null, closes.plusSeconds(60))).isEqualTo(PollState.DRAFT);
    }

    @Test
    void aDraftNeedsATitleAQuestionOptionsARungAndAClosingTimeInTheFuture() {
        QuestionDraft single = new QuestionDraft("Evenings?", QuestionKind.SINGLE, List.of("Yes", "No"), null, null);
        assertThat(PollRules.checkDraft("Meetings", false, one(single), NOW.plusSeconds(60), true, Rung.CONSULTING, NOW)).isEmpty();
        assertThat(fields(PollRules.checkDraft("", false, one(single), NOW.plusSeconds(60), true, null, NOW))).containsExactly("title", "rung");
        assertThat(fields(PollRules.checkDraft("M", false, one(single), NOW, true, Rung.CONSULTING, NOW))).containsExactly("closes");
        assertThat(fields(PollRules.checkDraft("M", false, one(single), null, false, Rung.CONSULTING, NOW))).containsExactly("closes");
        QuestionDraft oneOption = new QuestionDraft("Evenings?", QuestionKind.MULTIPLE, List.of("Yes"), null, null);
        assertThat(fields(PollRules.checkDraft("M", false, one(oneOption), NOW.plusSeconds(60), true, Rung.CONSULTING, NOW)))
                .containsExactly("p0q0options");
        QuestionDraft eleven = new QuestionDraft("Which?", QuestionKind.SINGLE, List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"), null, null);
        assertThat(fields(PollRules.checkDraft("M", false, one(eleven), NOW.plusSeconds(60), true, Rung.CONSULTING, NOW)))
                .containsExactly("p0q0options");
        QuestionDraft scale = new QuestionDraft("How good?", QuestionKind.SCALE, List.of(), "Poor", "");
        assertThat(fields(PollRules.checkDraft("M", false, one(scale), NOW.plusSeconds(60), true, Rung.CONSULTING, NOW))).containsExactly("p0q0low");
        QuestionDraft free = new QuestionDraft("", null, List.of(), null, null);
        assertThat(fields(PollRules.checkDraft("M", false, one(free), NOW.plusSeconds(60), true, Rung.CONSULTING, NOW)))
                .containsExactly("p0q0text", "p0q0kind");
    }

    @Test
    void aConsultationsPartsEachNeedTheirTextAndAtMostFiveQuestions() {
        QuestionDraft q = new QuestionDraft("Views?", QuestionKind.FREE_TEXT, List.of(), null, null);
        List<PartDraft> parts = List.of(new PartDraft("The draft strategy, part one", List.of(q)), new PartDraft("", List.of(q, q, q, q, q, q)));
        assertThat(fields(PollRules.checkDraft("Strategy", true, parts, NOW.plusSeconds(60), true, Rung.ENGAGING, NOW)))
                .containsExactly("p1doc", "p1q0text");
    }

    @Test
    void anAnswerMustFitItsQuestion() {
        assertThat(PollRules.checkAnswer("a", QuestionKind.SINGLE, 2, Set.of(1), null)).isNull();
        assertThat(PollRules.checkAnswer("a", QuestionKind.SINGLE, 2, Set.of(), null).key()).isEqualTo("poll.error.answerOne");
        assertThat(PollRules.checkAnswer("a", QuestionKind.SINGLE, 2, Set.of(2), null)).isNotNull();
        assertThat(PollRules.checkAnswer("a", QuestionKind.MULTIPLE, 3, Set.of(0, 2), null)).isNull();
        assertThat(PollRules.checkAnswer("a", QuestionKind.MULTIPLE, 3, Set.of(), null).key()).isEqualTo("poll.error.answerSome");
        assertThat(PollRules.checkAnswer("a", QuestionKind.SCALE, 5, Set.of(5), null)).isNull();
        assertThat(PollRules.checkAnswer("a", QuestionKind.SCALE, 5, Set.of(0), null)).isNotNull();
        assertThat(PollRules.checkAnswer("a", QuestionKind.FREE_TEXT, 0, Set.of(), "x".repeat(2_000))).isNull();
        assertThat(PollRules.checkAnswer("a", QuestionKind.FREE_TEXT, 0, Set.of(), "x".repeat(2_001)).key()).isEqualTo("poll.error.answerLong");
        assertThat(PollRules.checkAnswer("a", QuestionKind.FREE_TEXT, 0, Set.of(), "  ").key()).isEqualTo("poll.error.answerText");
    }

    @Test
    void anOutcomeNeedsWhatWasDecidedWhoDecidedAndAReviewDateAfterToday() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(PollRules.checkOutcome("Evening meetings", "The board", today.plusDays(1), true, today)).isEmpty();
        assertThat(fields(PollRules.checkOutcome("", " ", today, true, today))).containsExactly("decided", "decidedBy", "review");
        assertThat(fields(PollRules.checkOutcome("x", "y", null, false, today))).containsExactly("review");
    }
}
