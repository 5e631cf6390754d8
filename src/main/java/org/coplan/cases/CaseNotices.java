package org.coplan.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.coplan.cases.internal.Cases;
import org.coplan.cases.internal.ParticipationStore;
import org.coplan.notify.Notice;
import org.coplan.notify.Notices;
import org.coplan.notify.Route;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people on a case's team about it. Who is told comes from the case's audience, the same
 * access policy that decides who may see the case; how each is told comes from the channels they
 * chose for the case ({@link ParticipationChoices#channels()}): an email, a text message to their
 * mobile, a letter to their address, a phone call from the case's named contact, or several of
 * these. Staff, and family members who have chosen nothing, are emailed. A chosen channel that
 * cannot be used (no mobile number, no address, nobody to make the call) is never swapped for
 * email against the person's choice: the message is recorded as not delivered and shown to the
 * case's leads, who contact them another way.
 * Messages about a case never name the child; how they are sent is {@link Notices}.
 */
@Service
@Transactional // each message writes its audit entry or its outbox row
public class CaseNotices {

    private final CaseAccess cases;
    private final Cases caseRecords;
    private final ParticipationStore participation;
    private final People people;
    private final Notices notices;

    CaseNotices(CaseAccess cases, Cases caseRecords, ParticipationStore participation, People people, Notices notices) {
        this.cases = cases;
        this.caseRecords = caseRecords;
        this.participation = participation;
        this.people = people;
        this.notices = notices;
    }

    /**
     * Tells every team member that {@code who} picks among those the case's audience may tell, each
     * by the channels they chose. The body gets the person's name first, then {@code args}, then the
     * link to {@code path}.
     *
     * @return how many people were told
     */
    public int tell(CaseId caseId, Predicate<CaseAudience.Told> who, String subjectKey, String bodyKey, List<Object> args,
            String path) {
        CaseAudience audience = cases.audience(caseId);
        Optional<ChildCase> child = caseRecords.find(caseId);
        int told = 0;
        for (CaseAudience.Told t : audience.told()) {
            if (!who.test(t)) {
                continue;
            }
            var person = people.find(t.personId());
            if (person.isPresent() && child.isPresent()) {
                tell(person.get(), routes(child.get(), audience, t), caseId, subjectKey, bodyKey, args, path);
                told++;
            }
        }
        return told;
    }

    /**
     * Tells one person about the case, if a message about it may go to them now: a team member the
     * audience tells, by the channels they chose, or a lead who sees the case through their school
     * or authority without being on the team, by email ({@link CaseAccess#emailable}).
     *
     * @return whether they were told
     */
    public boolean tell(CaseId caseId, PersonId to, String subjectKey, String bodyKey, List<Object> args, String path) {
        CaseAudience audience = cases.audience(caseId);
        Optional<CaseAudience.Told> onTeam = audience.person(to);
        Optional<ChildCase> child = caseRecords.find(caseId);
        List<Route> routes;
        if (onTeam.isPresent() && child.isPresent()) {
            routes = routes(child.get(), audience, onTeam.get());
        } else if (cases.emailable(to, caseId)) {
            routes = List.of(new Route.ByEmail());
        } else {
            return false;
        }
        var person = people.find(to);
        person.ifPresent(p -> tell(p, routes, caseId, subjectKey, bodyKey, args, path));
        return person.isPresent();
    }

    private void tell(Person person, List<Route> routes, CaseId caseId, String subjectKey, String bodyKey, List<Object> args,
            String path) {
        Notice notice = new Notice(person.email(), person.displayName(), subjectKey, bodyKey, args, path, caseId.value());
        for (Route route : routes) {
            notices.tell(notice, route);
        }
    }

    /**
     * How a team member is told: staff by email; a family member by each channel they chose that can
     * be used, or by email when none can (or they have chosen nothing yet).
     */
    private List<Route> routes(ChildCase child, CaseAudience audience, CaseAudience.Told t) {
        if (!t.role().isFamily()) {
            return List.of(new Route.ByEmail());
        }
        Optional<ParticipationChoices> choices = participation.find(t.memberId());
        if (choices.isEmpty()) {
            return List.of(new Route.ByEmail());
        }
        ContactDetails contact = participation.contact(t.memberId());
        List<Route> routes = new ArrayList<>();
        for (ContactChannel channel : choices.get().channels()) {
            // A channel chosen without the details it needs still gets its route: the outbox records
            // it as not delivered, so the case's lead sees it, rather than telling them another way.
            switch (channel) {
                case EMAIL -> routes.add(new Route.ByEmail());
                case TEXT -> routes.add(new Route.ByText(contact.hasMobile() ? contact.phone() : null));
                case POST -> routes.add(new Route.ByLetter(contact.hasAddress() ? contact.address() : List.of(),
                        child.localAuthority().value()));
                case PHONE -> routes.add(new Route.ByPhone(contact.phone(), caller(child, audience).orElse(null)));
            }
        }
        return routes.isEmpty() ? List.of(new Route.ByEmail()) : routes;
    }

    /**
     * Who phones a family member who chose phone calls: the case's named contact when that is a member
     * of staff who may see the case, otherwise the first lead on the team (the coordinator or SENCO).
     */
    private static Optional<UUID> caller(ChildCase child, CaseAudience audience) {
        Optional<CaseAudience.Told> named = child.namedContactId() == null ? Optional.empty() : audience.member(child.namedContactId());
        return named.filter(n -> !n.role().isFamily())
                .or(() -> audience.told().stream().filter(x -> x.role().kind() == CaseRole.Kind.LEAD).findFirst())
                .map(x -> x.personId().value());
    }
}
