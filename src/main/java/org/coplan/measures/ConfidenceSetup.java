package org.coplan.measures;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseAudience;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.measures.domain.ConfidenceReply;
import org.coplan.measures.internal.ConfidenceOffers;
import org.coplan.people.PersonId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records surveys offered and answered in the past, for demo data: the offer goes through the same
 * rules as {@link ConfidenceSurveys#offer} (only a family member the case's audience tells; each moment
 * once; never twice within the period, counted from the time given) and the answers through the same
 * check as the survey form, stored with the times given. No message is sent: the moment has passed.
 * Pages never use it; the link's token is random and never shown.
 */
@Service
@Transactional
public class ConfidenceSetup {

    private final CaseAccess cases;
    private final ConfidenceOffers offers;
    private final int periodDays;
    private final int linkDays;

    ConfidenceSetup(CaseAccess cases, ConfidenceOffers offers,
            @Value("${coplan.measures.confidence-period-days:90}") int periodDays,
            @Value("${coplan.measures.confidence-link-days:30}") int linkDays) {
        this.cases = cases;
        this.offers = offers;
        this.periodDays = periodDays;
        this.linkDays = linkDays;
    }

    /**
     * Offers the survey to the person on the case at {@code offeredAt} and, when {@code answers} is not
     * null, records their answers at {@code answeredAt}; with null answers the offer is skipped then
     * (or, with a null {@code answeredAt} too, left to run out).
     *
     * @param answers each statement's form field ({@code informed}, {@code contact}...) and its answer as
     *     the form sends it ({@code AGREE}, {@code DONT_KNOW}...)
     * @return whether the offer was made (false when the rules refuse it, as they would have then)
     */
    public boolean answered(CaseId caseId, PersonId person, ConfidenceMoment moment, String momentKey, Instant offeredAt,
            Instant answeredAt, Map<String, String> answers, String words, boolean mayShare) {
        CaseAudience.Told told = cases.audience(caseId).family().stream().filter(t -> t.personId().equals(person)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not family on the case: " + person));
        UUID id = UUID.randomUUID();
        boolean easyRead = told.role() == CaseRole.CHILD_YOUNG_PERSON;
        if (!offers.tryOffer(id, caseId.value(), person.value(), easyRead, moment, momentKey,
                ConfidenceSurveys.hash(UUID.randomUUID() + "." + UUID.randomUUID()), offeredAt, offeredAt.plus(Duration.ofDays(linkDays)), periodDays)) {
            return false;
        }
        ConfidenceOffers.Offer offer = offers.byId(id).orElseThrow();
        if (answers != null) {
            ConfidenceReply.Checked checked = ConfidenceReply.check(answers, words, mayShare);
            if (checked.reply().isEmpty()) {
                throw new IllegalArgumentException("Answers refused: " + checked.problems());
            }
            offers.answer(offer, checked.reply().get(), answeredAt);
        } else if (answeredAt != null) {
            offers.skip(offer, answeredAt);
        }
        return true;
    }
}
