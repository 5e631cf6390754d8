package org.coplan.strategic.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a poll or consultation must have before it is saved or opened, what an answer must be, and
 * what an outcome must record. Each problem names the form field and a message key.
 */
public final class PollRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 2_000;
    public static final int MAX_DOCUMENT = 20_000;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_QUESTIONS = 5;
    public static final int MAX_PARTS = 10;
    public static final int SCALE_TOP = 5;

    private PollRules() {}

    /** One problem with what was typed. */
    public record Problem(String field, String key, Object... args) {}

    /** One question as written. */
    public record QuestionDraft(String question, QuestionKind kind, List<String> options, String lowLabel, String highLabel) {
        public QuestionDraft {
            options = List.copyOf(options);
        }
    }

    /** One part: its text and its questions. */
    public record PartDraft(String document, List<QuestionDraft> questions) {
        public PartDraft {
            questions = List.copyOf(questions);
        }
    }

    /**
     * The problems with a draft. Field names: {@code title}, {@code closes}, {@code rung},
     * {@code p<i>doc}, {@code p<i>q<j>text}, {@code p<i>q<j>kind}, {@code p<i>q<j>options},
     * {@code p<i>q<j>low}.
     */
    public static List<Problem> checkDraft(String title, boolean consultation, List<PartDraft> parts, Instant closesAt, boolean closesValid,
            Rung rung, Instant now) {
        List<Problem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new Problem("title", "poll.error.title"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new Problem("title", "poll.error.titleLong", MAX_TITLE));
        }
        if (parts.isEmpty()) {
            problems.add(new Problem("p0q0text", "poll.error.question"));
        }
        for (int i = 0; i < parts.size(); i++) {
            PartDraft part = parts.get(i);
            if (consultation && (part.document() == null || part.document().isBlank())) {
                problems.add(new Problem("p" + i + "doc", "poll.error.document", i + 1));
            } else if (part.document() != null && part.document().length() > MAX_DOCUMENT) {
                problems.add(new Problem("p" + i + "doc", "poll.error.documentLong", MAX_DOCUMENT));
            }
            if (part.questions().isEmpty()) {
                problems.add(new Problem("p" + i + "q0text", "poll.error.question"));
            }
            if (part.questions().size() > MAX_QUESTIONS) {
                problems.add(new Problem("p" + i + "q0text", "poll.error.tooManyQuestions", MAX_QUESTIONS));
            }
            for (int j = 0; j < part.questions().size(); j++) {
                QuestionDraft q = part.questions().get(j);
                String f = "p" + i + "q" + j;
                if (q.question() == null || q.question().isBlank()) {
                    problems.add(new Problem(f + "text", "poll.error.question"));
                } else if (q.question().length() > MAX_TEXT) {
                    problems.add(new Problem(f + "text", "poll.error.questionLong", MAX_TEXT));
                }
                if (q.kind() == null) {
                    problems.add(new Problem(f + "kind", "poll.error.kind"));
                } else if (q.kind().choices() && (q.options().size() < MIN_OPTIONS || q.options().size() > MAX_OPTIONS)) {
                    problems.add(new Problem(f + "options", "poll.error.options", MIN_OPTIONS, MAX_OPTIONS));
                } else if (q.kind() == QuestionKind.SCALE && (blank(q.lowLabel()) || blank(q.highLabel()))) {
                    problems.add(new Problem(f + "low", "poll.error.labels"));
                }
            }
        }
        if (!closesValid) {
            problems.add(new Problem("closes", "poll.error.closes"));
        } else if (closesAt == null || !closesAt.isAfter(now)) {
            problems.add(new Problem("closes", "poll.error.closesPast"));
        }
        if (rung == null) {
            problems.add(new Problem("rung", "poll.error.rung"));
        }
        return problems;
    }

    /**
     * The problem with one answer, or null. {@code choices} are option numbers from 0 (for a scale,
     * the number chosen from 1 to 5).
     */
    public static Problem checkAnswer(String field, QuestionKind kind, int optionCount, Set<Integer> choices, String text) {
        return switch (kind) {
            case SINGLE -> choices.size() == 1 && inRange(choices, 0, optionCount - 1) ? null : new Problem(field, "poll.error.answerOne");
            case MULTIPLE -> !choices.isEmpty() && inRange(choices, 0, optionCount - 1) ? null : new Problem(field, "poll.error.answerSome");
            case SCALE -> choices.size() == 1 && inRange(choices, 1, SCALE_TOP) ? null : new Problem(field, "poll.error.answerScale");
            case FREE_TEXT -> blank(text) ? new Problem(field, "poll.error.answerText")
                    : text.length() > MAX_TEXT ? new Problem(field, "poll.error.answerLong", MAX_TEXT, text.length()) : null;
        };
    }

    /** The problems with an outcome: what was decided, who decided, and a review date after today. */
    public static List<Problem> checkOutcome(String decided, String decidedBy, LocalDate reviewOn, boolean reviewValid, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (blank(decided)) {
            problems.add(new Problem("decided", "poll.error.decided"));
        } else if (decided.length() > MAX_TEXT) {
            problems.add(new Problem("decided", "poll.error.decidedLong", MAX_TEXT));
        }
        if (blank(decidedBy)) {
            problems.add(new Problem("decidedBy", "poll.error.decidedBy"));
        } else if (decidedBy.length() > MAX_TITLE) {
            problems.add(new Problem("decidedBy", "poll.error.decidedByLong", MAX_TITLE));
        }
        if (!reviewValid || reviewOn == null) {
            problems.add(new Problem("review", "poll.error.review"));
        } else if (!reviewOn.isAfter(today)) {
            problems.add(new Problem("review", "poll.error.reviewPast"));
        }
        return problems;
    }

    private static boolean inRange(Set<Integer> values, int low, int high) {
        return values.stream().allMatch(v -> v >= low && v <= high);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
