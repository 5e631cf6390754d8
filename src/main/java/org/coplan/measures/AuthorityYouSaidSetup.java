package org.coplan.measures;

import org.coplan.measures.internal.AuthorityYouSaid;
import org.coplan.measures.internal.AuthorityYouSaid.Done;
import org.coplan.people.Organisation;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.SignedInPerson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and publishes the authority's "you said, we did" directly, acting as its SEN manager,
 * through the same rules as the pages (a statement naming someone is refused): for demo data and set-up.
 */
@Service
@Transactional
public class AuthorityYouSaidSetup {

    private final AuthorityYouSaid work;
    private final People people;

    AuthorityYouSaidSetup(AuthorityYouSaid work, People people) {
        this.work = work;
        this.people = people;
    }

    /** Adds the statement and publishes a snapshot with it and today's figures. */
    public void publish(Person manager, Organisation authority, String youSaid, String weDid) {
        SignedInPerson as = new SignedInPerson(manager.id(), manager.email(), manager.displayName(), people.staffMemberships(manager.id()),
                "{noop}unused", false);
        Organisation la = work.open(as, authority.id().value());
        if (!(work.addStatement(as, la, youSaid, weDid) instanceof Done)) {
            throw new IllegalArgumentException("Statement refused: it names someone in the area");
        }
        if (!(work.publish(as, la, work.draft(la).stamp()) instanceof Done)) {
            throw new IllegalStateException("The figures changed while publishing");
        }
    }
}
