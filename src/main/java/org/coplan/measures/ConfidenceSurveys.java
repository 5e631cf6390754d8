package org.coplan.measures;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseAudience;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseNotices;
import org.coplan.cases.CaseRole;
import org.coplan.measures.internal.ConfidenceOffers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers the family confidence survey at a moment that matters: to each parent, carer, child and young
 * person the case's audience tells, by the channels they chose ({@link CaseNotices}), with a personal
 * link. Each moment is offered once to each person, and nobody is offered the survey more than once in
 * {@code coplan.measures.confidence-period-days} (default 90). The link's token is stored only as its
 * SHA-256 hash and stops working after {@code coplan.measures.confidence-link-days} (default 30).
 */
@Service
public class ConfidenceSurveys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseAccess cases;
    private final CaseNotices notices;
    private final ConfidenceOffers offers;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int periodDays;
    private final int linkDays;

    ConfidenceSurveys(CaseAccess cases, CaseNotices notices, ConfidenceOffers offers, PlatformTransactionManager transactions,
            Clock clock, @Value("${coplan.measures.confidence-period-days:90}") int periodDays,
            @Value("${coplan.measures.confidence-link-days:30}") int linkDays) {
        this.cases = cases;
        this.notices = notices;
        this.offers = offers;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.periodDays = periodDays;
        this.linkDays = linkDays;
    }

    /**
     * Offers the survey on the case for a moment, identified by {@code momentKey} (the same key is
     * never offered twice to a person on a case). Each person's offer and message are one transaction,
     * so a message that cannot be queued leaves no offer behind.
     *
     * @return how many people were offered it
     */
    public int offer(CaseId caseId, ConfidenceMoment moment, String momentKey) {
        CaseAudience audience = cases.audience(caseId);
        int offered = 0;
        for (CaseAudience.Told t : audience.family()) {
            Boolean done = tx.execute(s -> {
                String token = newToken();
                Instant now = clock.instant();
                boolean easyRead = t.role() == CaseRole.CHILD_YOUNG_PERSON;
                if (!offers.tryOffer(UUID.randomUUID(), caseId.value(), t.personId().value(), easyRead, moment, momentKey, hash(token), now,
                        now.plus(Duration.ofDays(linkDays)), periodDays)) {
                    return false;
                }
                notices.tell(caseId, t.personId(), easyRead ? "confidence.email.easySubject" : "confidence.email.subject",
                        easyRead ? "confidence.email.easyBody" : "confidence.email.body", List.of(linkDays), "/confidence/" + token);
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                offered++;
            }
        }
        return offered;
    }

    /** The key of the once-a-term moment for the term a day falls in, as {@link #offer} takes it. */
    public static String termKey(java.time.LocalDate day) {
        return "term-" + org.coplan.measures.domain.ConfidencePeriod.termOf(day);
    }

    /** The SHA-256 of a link's token, as stored. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
