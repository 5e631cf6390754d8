package org.coplan.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coplan.cases.internal.AboutMeRevisions;
import org.coplan.cases.internal.MyVoices;
import org.coplan.people.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "All about me" as words said by named people, for other modules that quote it (a plan's
 * section A). Each entry is exactly what one person wrote or the child answered, never merged or
 * reworded. Callers have opened the case through {@link CaseAccess}.
 */
@Service
@Transactional(readOnly = true)
public class AboutMeWords {

    /**
     * Words one person said, to be quoted with their name.
     *
     * @param headingKey the message key of the part or question the words answer
     * @param words the words exactly as given (may be empty when the child only picked pictures or a face)
     * @param pickedKeys the message keys of the pictures or face the child picked
     * @param speaker the person's account, or null for a child without one
     * @param helperName who helped the child, or null
     * @param helperRole the helper's role as recorded (a {@code role.} message key suffix), or null
     */
    public record Said(
            AboutMePart part, String headingKey, String words, List<String> pickedKeys, String speakerName, CaseRole speakerRole,
            PersonId speaker, String helperName, String helperRole, Instant saidAt) {}

    private final AboutMeRevisions revisions;
    private final MyVoices voices;
    private final CaseAccess cases;

    AboutMeWords(AboutMeRevisions revisions, MyVoices voices, CaseAccess cases) {
        this.revisions = revisions;
        this.voices = voices;
        this.cases = cases;
    }

    /** The current text of each part of "All about me", then the child's newest "my views", part by part. */
    public List<Said> of(CaseId caseId) {
        List<Said> out = new ArrayList<>();
        revisions.latest(caseId).values().forEach(r -> out.add(new Said(r.part(), "aboutMe." + r.part().name(), r.body(), List.of(),
                r.authorName(), r.authorRole(), new PersonId(r.authorId()), null, null, r.writtenAt())));
        voices.sent(caseId).stream().findFirst().ifPresent(v -> {
            PersonId child = cases.activeMembers(caseId).stream()
                    .filter(m -> m.role() == CaseRole.CHILD_YOUNG_PERSON && m.personId().value().equals(v.startedBy()))
                    .map(CaseMember::personId).findFirst().orElse(null);
            for (MyVoiceQuestion q : MyVoiceQuestion.values()) {
                MyVoice.Answer a = v.answer(q);
                if (a == null || a.isEmpty()) {
                    continue;
                }
                List<String> picked = q.kind() == MyVoiceQuestion.Kind.FACES
                        ? (a.feeling() == null ? List.of() : List.of("myVoice.face." + a.feeling()))
                        : a.choices().stream().map(c -> "myVoice.choice." + c).toList();
                out.add(new Said(q.part(), "myVoice.q." + q.name() + ".heading", a.words() == null ? "" : a.words(), picked,
                        v.speakerName(), CaseRole.CHILD_YOUNG_PERSON, child, v.onOwn() ? null : v.helperName(), v.helperRole(),
                        v.sentAt()));
            }
        });
        out.sort(Comparator.comparing(s -> s.part().ordinal()));
        return out;
    }
}
