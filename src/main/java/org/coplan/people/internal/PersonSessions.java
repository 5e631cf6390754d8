package org.coplan.people.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * A person's signed-in sessions, wherever they are (sessions live in PostgreSQL). Ending them
 * makes every browser where the person is signed in ask them to sign in again, with their
 * current password and roles.
 */
@Component
class PersonSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    PersonSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session signed in with this email, except the one with the given id (may be null). */
    int endAll(String email, String except) {
        int ended = 0;
        for (String id : sessions.findByPrincipalName(email).keySet()) {
            if (!id.equals(except)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
