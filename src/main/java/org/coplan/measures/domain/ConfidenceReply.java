package org.coplan.measures.domain;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One person's answers to the survey, checked: an answer for every statement on the scale, and their
 * own words of at most {@link #MAX_WORDS} characters. Build it with {@link #check}; what was wrong is
 * given per field, as message keys, so the form can show each problem beside its field.
 */
public record ConfidenceReply(Map<ConfidenceStatement, ConfidenceScale> answers, String words, boolean mayShare) {

    public static final int MAX_WORDS = 2000;

    public ConfidenceReply {
        answers = Map.copyOf(answers);
    }

    /** The outcome of checking a form: the reply, or the message key for each field that was wrong. */
    public record Checked(Optional<ConfidenceReply> reply, Map<String, String> problems) {}

    /**
     * @param sent the value sent for each statement's field, by {@link ConfidenceStatement#field()}
     */
    public static Checked check(Map<String, String> sent, String words, boolean mayShare) {
        Map<ConfidenceStatement, ConfidenceScale> answers = new EnumMap<>(ConfidenceStatement.class);
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConfidenceStatement s : ConfidenceStatement.values()) {
            String value = sent.get(s.field());
            Optional<ConfidenceScale> answer = ConfidenceScale.parse(value);
            if (answer.isPresent()) {
                answers.put(s, answer.get());
            } else if (value == null || value.isBlank()) {
                problems.put(s.field(), "confidence.error.choose");
            } else {
                problems.put(s.field(), "confidence.error.notOnScale");
            }
        }
        String trimmed = words == null ? "" : words.strip();
        if (trimmed.length() > MAX_WORDS) {
            problems.put("words", "confidence.error.tooLong");
        }
        if (!problems.isEmpty()) {
            return new Checked(Optional.empty(), problems);
        }
        return new Checked(Optional.of(new ConfidenceReply(answers, trimmed.isEmpty() ? null : trimmed, mayShare && !trimmed.isEmpty())),
                Map.of());
    }
}
