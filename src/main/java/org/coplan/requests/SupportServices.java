package org.coplan.requests;

import org.coplan.cases.SupportChoice;
import org.coplan.people.OrganisationId;
import org.coplan.requests.internal.Referrals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks an organisation as an authority's independent support service (its SENDIASS, or an
 * advocacy service), whose staff then see the families' referrals to it. For set-up and demo data.
 */
@Service
public class SupportServices {

    private final Referrals referrals;

    SupportServices(Referrals referrals) {
        this.referrals = referrals;
    }

    @Transactional
    public void register(OrganisationId service, OrganisationId localAuthority, SupportChoice support) {
        referrals.registerService(service.value(), localAuthority.value(), support);
    }
}
