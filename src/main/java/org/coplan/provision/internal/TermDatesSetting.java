package org.coplan.provision.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.provision.domain.SchoolYearTerms;
import org.coplan.provision.internal.TermDatesStore.OwnerKind;
import org.coplan.provision.internal.TermDatesStore.Stored;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and setting term dates for the term dates pages. The caller has checked that the person
 * sets this owner's dates. A save names the version it was based on and is refused when another
 * came first, so nobody's dates are overwritten unseen.
 */
@Service
@Transactional
public class TermDatesSetting {

    private final TermDatesStore store;
    private final Clock clock;

    TermDatesSetting(TermDatesStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Stored> forOwner(UUID owner) {
        return store.forOwner(owner);
    }

    @Transactional(readOnly = true)
    public Optional<Stored> find(UUID owner, int schoolYear) {
        return store.find(owner, schoolYear);
    }

    /** False when someone else saved or removed this year's dates after {@code basedOn}. */
    public boolean save(UUID owner, OwnerKind kind, SchoolYearTerms terms, int basedOn, UUID by, String byName) {
        return store.save(owner, kind, terms, basedOn, by, byName, clock.instant());
    }

    /** Back to the default: false when the dates changed after {@code basedOn}. */
    public boolean useDefault(UUID owner, int schoolYear, int basedOn) {
        return store.remove(owner, schoolYear, basedOn);
    }
}
