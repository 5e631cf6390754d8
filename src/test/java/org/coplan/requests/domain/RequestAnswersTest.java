package org.coplan.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestAnswersTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Map<String, String> typed() {
        Map<String, String> t = new HashMap<>();
        t.put("givenName", "Remi");
        t.put("familyName", "Stone");
        t.put("dateOfBirthDay", "1");
        t.put("dateOfBirthMonth", "9");
        t.put("dateOfBirthYear", "2016");
        t.put("reasons", "Reading is hard.");
        t.put("consent", "yes");
        return t;
    }

    private static List<String> fields(Map<String, String> t, boolean newChild, boolean school) {
        List<Problem> found = new ArrayList<>();
        RequestAnswers a = RequestAnswers.read(t, newChild, school, TODAY, found);
        assertThat(a == null).isEqualTo(!found.isEmpty());
        return found.stream().map(Problem::field).toList();
    }

    @Test
    void aFamilysRequestNeedsTheChildsNameDateOfBirthAReasonAndConsent() {
        assertThat(fields(typed(), true, false)).isEmpty();
        Map<String, String> t = typed();
        t.remove("dateOfBirthDay");
        t.put("reasons", "   ");
        t.remove("consent");
        t.put("givenName", "");
        assertThat(fields(t, true, false)).containsExactly("givenName", "dateOfBirth", "reasons", "consent");
    }

    @Test
    void theChildsDetailsAreNotAskedWhenTheChildIsAlreadyOnCoplan() {
        Map<String, String> t = typed();
        t.remove("givenName");
        t.remove("dateOfBirthYear");
        assertThat(fields(t, false, false)).isEmpty();
    }

    @Test
    void aDateOfBirthInTheFutureOrOfSomeoneOver25IsRefused() {
        Map<String, String> t = typed();
        t.put("dateOfBirthYear", "2027");
        assertThat(fields(t, true, false)).containsExactly("dateOfBirth");
        t.put("dateOfBirthYear", "1990");
        assertThat(fields(t, true, false)).containsExactly("dateOfBirth");
        t.put("dateOfBirthMonth", "13");
        assertThat(fields(t, true, false)).containsExactly("dateOfBirth");
    }

    @Test
    void aSencoRecordsWhoInTheFamilyAgreedHowAndWhenNotInTheFuture() {
        Map<String, String> t = typed();
        assertThat(fields(t, false, true)).containsExactly("consentBy", "consentHow", "consentOn");
        t.put("consentBy", "Jo Stone, parent");
        t.put("consentHow", "PHONE");
        t.put("consentOnDay", "25");
        t.put("consentOnMonth", "11");
        t.put("consentOnYear", "2026");
        assertThat(fields(t, false, true)).containsExactly("consentOn");
        t.put("consentOnDay", "24");
        assertThat(fields(t, false, true)).isEmpty();
    }

    @Test
    void textLongerThanTheLimitIsRefused() {
        Map<String, String> t = typed();
        t.put("reasons", "x".repeat(RequestAnswers.MAX_TEXT + 1));
        assertThat(fields(t, false, false)).containsExactly("reasons");
    }
}
