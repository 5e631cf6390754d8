package org.coplan.cases.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.MyVoice;
import org.coplan.cases.MyVoiceQuestion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's "my views": started by the child or by an adult who is then named as helper,
 * answered one screen at a time (each screen saved as it is left), checked, then sent, when the
 * words join "All about me" exactly as the child gave them.
 */
@Service
@Transactional
public class ChildVoice {

    public enum Saved {
        SAVED,
        /** The answer was saved from another tab since this screen was shown: nothing was overwritten. */
        CHANGED_ELSEWHERE,
        NOT_STARTED
    }

    private final MyVoices voices;
    private final CaseAccess cases;
    private final Clock clock;

    ChildVoice(MyVoices voices, CaseAccess cases, Clock clock) {
        this.voices = voices;
        this.cases = cases;
        this.clock = clock;
    }

    /** Whether the person opening it is the child or young person themselves. */
    public static boolean isTheChild(CaseContext ctx) {
        return ctx.role() == CaseRole.CHILD_YOUNG_PERSON;
    }

    @Transactional(readOnly = true)
    public Optional<MyVoice> open(CaseContext ctx) {
        return voices.open(ctx.caseId(), ctx.viewerId().value());
    }

    /**
     * Starts "my views", or changes who is helping. An adult who starts it is the helper; the
     * child may do it on their own or name who is helping them.
     */
    public void start(CaseContext ctx, boolean onOwn, String helperName) {
        boolean child = isTheChild(ctx);
        boolean own = child && onOwn;
        UUID helperId = child ? null : ctx.viewerId().value();
        String name = own ? null : child ? helperName.strip() : ctx.viewerName();
        String role = own || child ? null : ctx.recordedRole();
        voices.startOrUpdate(new MyVoice(UUID.randomUUID(), ctx.caseId(), ctx.viewerId().value(), ctx.child().knownAs(), own,
                helperId, name, role, clock.instant(), null, java.util.Map.of()));
        cases.recordChange(ctx, "My views: started", own ? "on their own" : "helped by " + name);
    }

    public Saved save(CaseContext ctx, MyVoiceQuestion q, List<String> choices, String words, Integer feeling, int basedOn) {
        Optional<MyVoice> open = open(ctx);
        if (open.isEmpty()) {
            return Saved.NOT_STARTED;
        }
        String w = words == null || words.isBlank() ? null : words.strip();
        boolean saved = voices.saveAnswer(open.get().id(), new MyVoice.Answer(q, List.copyOf(choices), w, feeling, basedOn), basedOn,
                clock.instant());
        return saved ? Saved.SAVED : Saved.CHANGED_ELSEWHERE;
    }

    /** Sends the answers: they join "All about me". False if there was nothing to send. */
    public boolean send(CaseContext ctx) {
        Optional<MyVoice> open = open(ctx);
        if (open.isEmpty() || open.get().answers().values().stream().allMatch(MyVoice.Answer::isEmpty)) {
            return false;
        }
        boolean sent = voices.send(open.get().id(), clock.instant());
        if (sent) {
            cases.recordChange(ctx, "My views: sent to All about me", null);
        }
        return sent;
    }

    @Transactional(readOnly = true)
    public List<MyVoice> sent(CaseId caseId) {
        return voices.sent(caseId);
    }
}
