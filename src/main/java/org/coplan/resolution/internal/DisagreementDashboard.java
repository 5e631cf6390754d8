package org.coplan.resolution.internal;

import java.util.List;
import org.coplan.people.OrganisationId;
import org.coplan.resolution.domain.Disagreement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The open disagreements behind the dashboard page, oldest first. */
@Service
@Transactional(readOnly = true)
public class DisagreementDashboard {

    private final Disagreements disagreements;

    DisagreementDashboard(Disagreements disagreements) {
        this.disagreements = disagreements;
    }

    public List<Disagreement> openForAuthority(OrganisationId authority) {
        return disagreements.openForAuthority(authority.value());
    }

    public List<Disagreement> openForSchool(OrganisationId school) {
        return disagreements.openForSchool(school.value());
    }
}
