package org.coplan.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One time a child or young person answered "my views", in their own words, on their own or with
 * a named adult helping.
 *
 * @param speakerName the name the child is known by, as it was when they started
 * @param helperName null when the child did it on their own
 * @param sentAt null until the child sends it; only sent answers reach "All about me"
 */
public record MyVoice(
        UUID id, CaseId caseId, UUID startedBy, String speakerName, boolean onOwn, UUID helperId, String helperName,
        String helperRole, Instant startedAt, Instant sentAt, Map<MyVoiceQuestion, Answer> answers) {

    /** The answer to one question: the choices picked, the child's words, and a face (1 to 5) where asked. */
    public record Answer(MyVoiceQuestion question, List<String> choices, String words, Integer feeling, int version) {
        public boolean isEmpty() {
            return choices.isEmpty() && (words == null || words.isBlank()) && feeling == null;
        }
    }

    public MyVoice {
        answers = Map.copyOf(answers);
    }

    public boolean sent() {
        return sentAt != null;
    }

    public Answer answer(MyVoiceQuestion q) {
        return answers.get(q);
    }
}
