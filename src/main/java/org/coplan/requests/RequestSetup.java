package org.coplan.requests;

import java.util.List;
import java.util.Optional;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.SupportChoice;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.OrganisationId;
import org.coplan.people.PersonId;
import org.coplan.requests.domain.Problem;
import org.coplan.requests.domain.ReferralAnswers;
import org.coplan.requests.domain.RequestAnswers;
import org.coplan.requests.internal.ReferralWork;
import org.coplan.requests.internal.Referrals;
import org.coplan.requests.internal.RequestWork;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For set-up and demo data: marks an organisation as an authority's independent support service
 * (its SENDIASS, or an advocacy service), whose staff then see the families' referrals to it; and
 * sends requests and referrals as a person would from the pages, with the same checks.
 */
@Service
public class RequestSetup {

    private final Referrals referrals;
    private final RequestWork requests;
    private final ReferralWork referralWork;
    private final CaseAccess access;

    RequestSetup(Referrals referrals, RequestWork requests, ReferralWork referralWork, CaseAccess access) {
        this.referrals = referrals;
        this.requests = requests;
        this.referralWork = referralWork;
        this.access = access;
    }

    @Transactional
    public void registerService(OrganisationId service, OrganisationId localAuthority, SupportChoice support) {
        referrals.registerService(service.value(), localAuthority.value(), support);
    }

    /** Sends a request for an assessment from the case, as the family member; returns the request's id. */
    @Transactional
    public java.util.UUID sendRequest(PersonId family, CaseId caseId, String setting, String tried, String reasons) {
        CaseContext ctx = access.open(family, caseId, CaseAction.VIEW_CASE);
        RequestAnswers answers = new RequestAnswers(null, null, null, setting, tried, reasons, "", null, null, null);
        return requests.send(ctx, answers, List.of()).requestId();
    }

    /** Refers the family member to the authority's service; a problem if it has none. */
    @Transactional
    public Optional<Problem> askForSupport(PersonId family, CaseId caseId, SupportChoice support, String contact, String help) {
        CaseContext ctx = access.open(family, caseId, CaseAction.ADD_TO_RECORD);
        return referralWork.ask(ctx, new ReferralAnswers(support, contact, help));
    }
}
