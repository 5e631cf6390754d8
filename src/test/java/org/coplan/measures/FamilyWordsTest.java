package org.coplan.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coplan.measures.AuthorityYouSaidTest.answer;
import static org.coplan.measures.AuthorityYouSaidTest.on;
import static org.coplan.measures.AuthorityYouSaidTest.text;

import java.time.LocalDate;
import java.util.UUID;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Families' own words from the confidence survey, on the school's, service's or authority's page:
 * only those shared, with names and details taken out, and only in a term when enough people
 * answered. The test clock starts on 23 November 2026, in the autumn term.
 */
class FamilyWordsTest extends IntegrationTest {


    @Autowired
    JdbcClient jdbc;

    @Test
    void sharedWordsAreShownWithoutNamesOrDetailsAndOnlyWhenEnoughPeopleAnswered() throws Exception {
        World w = fixtures.world();
        UUID own = w.ownCase().value();
        String childName = jdbc.sql("select family_name from child_case where id = ?").param(own).query(String.class).single();
        // autumn: six people answered; one shared words naming the child and a phone number, one kept theirs private
        answer(jdbc, own, UUID.randomUUID(), on(LocalDate.of(2026, 10, 1)), 2, 2,
                "Kit's teacher should ring me on 07700 900123, ask Pat or Mr " + childName + ".", true);
        answer(jdbc, own, UUID.randomUUID(), on(LocalDate.of(2026, 10, 2)), 2, 2, "These words are mine alone.", false);
        for (int i = 0; i < 4; i++) {
            answer(jdbc, own, UUID.randomUUID(), on(LocalDate.of(2026, 10, 3 + i)), 2, 2, null, false);
        }
        // summer: only four people answered, so even shared words stay hidden
        for (int i = 0; i < 4; i++) {
            answer(jdbc, own, UUID.randomUUID(), on(LocalDate.of(2026, 6, 1 + i)), 2, 2, i == 0 ? "Summer words shared." : null, true);
        }

        String school = "/measures/school/" + w.school().id().value() + "/words";
        MockHttpServletResponse r = getAs(w.senco(), school);
        assertThat(r.getStatus()).isEqualTo(200);
        String page = text(r);
        assertThat(page).contains("Autumn term 2026", "[removed]'s teacher should ring me on [removed], ask [removed] or Mr [removed].",
                "Summer term 2026", "Fewer than 5 people answered the survey here this term");
        assertThat(page).doesNotContain("These words are mine alone.", "Summer words shared.", "07700", childName);
        assertThat(jdbc.sql("select count(*) from audit_event where actor_id = ? and action = 'VIEWED' and subject like 'Families%'")
                .param(w.senco().id().value()).query(Integer.class).single()).isEqualTo(1);

        // the authority's SEN manager sees the same words over the whole area
        assertThat(text(getAs(w.manager(), "/measures/authority/" + w.localAuthority().id().value() + "/words")))
                .contains("[removed]'s teacher should ring me on [removed]");

        // so does the staff of a service working on the case
        UUID service = fixtures.people().staffMemberships(w.psychologist().id()).get(0).organisationId().value();
        assertThat(text(getAs(w.psychologist(), "/measures/service/" + service + "/words")))
                .contains("[removed]'s teacher should ring me on [removed]").doesNotContain("These words are mine alone.");

        // anyone else is told the page does not exist
        Person otherSenco = fixtures.staff("Otto Senco", w.otherSchool(), StaffRole.SENCO);
        assertThat(getAs(otherSenco, school).getStatus()).isEqualTo(404);
        assertThat(getAs(w.parent(), school).getStatus()).isEqualTo(404);
        assertThat(getAs(w.senco(), "/measures/elsewhere/" + w.school().id().value() + "/words").getStatus()).isEqualTo(404);
        assertThat(getAs(w.senco(), "/measures/authority/" + w.localAuthority().id().value() + "/words").getStatus()).isEqualTo(404);
    }

    @Test
    void withFewerThanFivePeopleAnsweringNoWordsAreShownEvenWhenShared() throws Exception {
        World w = fixtures.world();
        for (int i = 0; i < 4; i++) {
            answer(jdbc, w.ownCase().value(), UUID.randomUUID(), on(LocalDate.of(2026, 10, 1 + i)), 2, 2, "Shared words " + i, true);
        }
        String page = text(getAs(w.senco(), "/measures/school/" + w.school().id().value() + "/words"));
        assertThat(page).contains("Fewer than 5 people answered the survey here this term").doesNotContain("Shared words");
    }
}
