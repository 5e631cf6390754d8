package org.coplan.cases;

import java.util.List;
import java.util.function.Predicate;
import org.coplan.notify.Notice;
import org.coplan.notify.Notices;
import org.coplan.people.People;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people on a case's team about it. Who is told comes from the case's audience, the same
 * access policy that decides who may see the case, and only people who take email are emailed;
 * how they are told is {@link Notices}. Messages about a case never name the child.
 */
@Service
@Transactional // each email writes its audit entry
public class CaseNotices {

    private final CaseAccess cases;
    private final People people;
    private final Notices notices;

    CaseNotices(CaseAccess cases, People people, Notices notices) {
        this.cases = cases;
        this.people = people;
        this.notices = notices;
    }

    /**
     * Tells every team member that {@code who} picks among those the case's audience may tell by
     * email. The body gets the person's name first, then {@code args}, then the link to {@code path}.
     *
     * @return how many people were told
     */
    public int tell(CaseId caseId, Predicate<CaseAudience.Told> who, String subjectKey, String bodyKey, List<Object> args,
            String path) {
        int told = 0;
        for (CaseAudience.Told t : cases.audience(caseId).told()) {
            if (!t.takesEmail() || !who.test(t)) {
                continue;
            }
            var person = people.find(t.personId());
            if (person.isPresent()) {
                notices.tell(new Notice(person.get().email(), person.get().displayName(), subjectKey, bodyKey, args, path,
                        caseId.value()));
                told++;
            }
        }
        return told;
    }

    /**
     * Tells one person about the case, if a message about it may go to them by email now
     * ({@link CaseAccess#emailable}: a team member the audience tells by email, or a lead who sees
     * the case through their school or authority without being on the team).
     *
     * @return whether they were told
     */
    public boolean tell(CaseId caseId, org.coplan.people.PersonId to, String subjectKey, String bodyKey, List<Object> args,
            String path) {
        if (!cases.emailable(to, caseId)) {
            return false;
        }
        var person = people.find(to);
        person.ifPresent(p -> notices.tell(new Notice(p.email(), p.displayName(), subjectKey, bodyKey, args, path, caseId.value())));
        return person.isPresent();
    }
}
