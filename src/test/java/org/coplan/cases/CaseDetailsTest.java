package org.coplan.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.audit.AuditEvent;
import org.coplan.audit.AuditLog;
import org.coplan.people.Person;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseDetailsTest extends IntegrationTest {

    @Autowired
    AuditLog audit;

    private Visitor signedIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }

    /** The form's fields as the page filled them in. */
    private static Map<String, String> formOf(Page page) {
        Map<String, String> fields = new HashMap<>();
        Matcher inputs = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
        while (inputs.find()) {
            fields.put(inputs.group(1), inputs.group(2));
        }
        Matcher checked = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*type=\"radio\"[^>]*value=\"([^\"]*)\" checked").matcher(page.body());
        while (checked.find()) {
            fields.put(checked.group(1), checked.group(2));
        }
        fields.remove("_csrf");
        return fields;
    }

    @Test
    void leadCorrectsTheDateOfBirthAndTheChangeIsAudited() {
        World world = fixtures.world();
        Visitor lead = signedIn(world.coordinator());
        Map<String, String> form = formOf(lead.get("/cases/" + world.ownCase() + "/details"));
        assertThat(form).containsEntry("dateOfBirthYear", "2016").containsEntry("stage", "ASSESSMENT");
        form.put("dateOfBirthDay", "2");
        form.put("stage", "EHC_PLAN");
        Page saved = lead.post("/cases/" + world.ownCase() + "/details", form);
        assertThat(saved.location()).endsWith("/cases/" + world.ownCase());
        assertThat(lead.follow(saved).text()).contains("The details have been saved").contains("2 May 2016").contains("EHC plan");

        AuditEvent change = audit.forCase(world.ownCase().value(), 20).stream()
                .filter(e -> e.subject().equals("Case details")).findFirst().orElseThrow();
        assertThat(change.detail()).contains("date of birth: 2016-05-14 to 2016-05-02").contains("stage: ASSESSMENT to EHC_PLAN");
    }

    @Test
    void aFutureDateOfBirthIsRefusedAndNothingChanges() {
        World world = fixtures.world();
        Visitor lead = signedIn(world.coordinator());
        Map<String, String> form = formOf(lead.get("/cases/" + world.ownCase() + "/details"));
        form.put("dateOfBirthYear", "2027");
        Page refused = lead.post("/cases/" + world.ownCase() + "/details", form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("Date of birth must be today or in the past");
        assertThat(refused.body()).contains("value=\"2027\"");
        assertThat(lead.get("/cases/" + world.ownCase()).text()).contains("14 May 2016");
    }

    @Test
    void aSaveBasedOnOldDetailsIsRefusedAndShowsWhatTheOtherPersonSaved() {
        World world = fixtures.world();
        Visitor coordinator = signedIn(world.coordinator());
        Visitor senco = signedIn(world.senco());
        Map<String, String> coordinatorForm = formOf(coordinator.get("/cases/" + world.ownCase() + "/details"));
        Map<String, String> sencoForm = formOf(senco.get("/cases/" + world.ownCase() + "/details"));

        coordinatorForm.put("preferredName", "Kitty");
        assertThat(coordinator.post("/cases/" + world.ownCase() + "/details", coordinatorForm).status()).isEqualTo(302);

        sencoForm.put("familyName", "Corrected");
        Page refused = senco.post("/cases/" + world.ownCase() + "/details", sencoForm);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("Someone else changed these details while you were editing").contains("Kitty");
        assertThat(refused.body()).contains("value=\"Corrected\"");

        Map<String, String> again = formOf(refused);
        again.put("preferredName", "Kitty");
        assertThat(senco.post("/cases/" + world.ownCase() + "/details", again).status()).isEqualTo(302);
        assertThat(senco.get("/cases/" + world.ownCase()).text()).contains("Kitty Corrected");
    }

    @Test
    void aNewNamedContactDoesNotBlockAnEditOfTheDetails() {
        World world = fixtures.world();
        Visitor lead = signedIn(world.coordinator());
        Map<String, String> form = formOf(lead.get("/cases/" + world.ownCase() + "/details"));
        lead.post("/cases/" + world.ownCase() + "/named-contact", Map.of("memberId", world.psychologistMember().id().toString()));
        form.put("preferredName", "Kitto");
        assertThat(lead.post("/cases/" + world.ownCase() + "/details", form).status()).isEqualTo(302);
    }
}
