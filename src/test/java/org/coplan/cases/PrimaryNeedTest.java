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
import org.springframework.jdbc.core.simple.JdbcClient;

/** The case lead records the child's primary type of need on the details page; the team sees it on the case page. */
class PrimaryNeedTest extends IntegrationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    private Visitor signedIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }

    /** The form as the page filled it in: inputs, checked radios and the chosen option of each select. */
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
        Matcher selects = Pattern.compile("(?s)<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>").matcher(page.body());
        while (selects.find()) {
            Matcher chosen = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(selects.group(2));
            fields.put(selects.group(1), chosen.find() ? chosen.group(1) : "");
        }
        fields.remove("_csrf");
        return fields;
    }

    private String storedNeed(CaseId caseId) {
        return jdbc.sql("select primary_need from child_case where id = ?").param(caseId.value()).query(String.class).optional().orElse(null);
    }

    @Test
    void leadRecordsThePrimaryNeedInPlainWordsTheTeamSeesItAndTheChangeIsAudited() {
        World world = fixtures.world();
        Visitor lead = signedIn(world.coordinator());
        Page form = lead.get("/cases/" + world.ownCase() + "/details");
        assertThat(form.text()).contains("Main type of need", "Not recorded yet", "Autism", "Speech, language and communication",
                "Social, emotional and mental health");
        Map<String, String> fields = formOf(form);
        assertThat(fields).containsEntry("primaryNeed", "");
        fields.put("primaryNeed", "ASD");
        Page saved = lead.post("/cases/" + world.ownCase() + "/details", fields);
        assertThat(saved.location()).endsWith("/cases/" + world.ownCase());
        assertThat(storedNeed(world.ownCase())).isEqualTo("ASD");

        assertThat(signedIn(world.parent()).get("/cases/" + world.ownCase()).text()).contains("Main type of need", "Autism");
        assertThat(formOf(lead.get("/cases/" + world.ownCase() + "/details"))).containsEntry("primaryNeed", "ASD");

        AuditEvent change = audit.forCase(world.ownCase().value(), 20).stream()
                .filter(e -> e.subject().equals("Case details")).findFirst().orElseThrow();
        assertThat(change.detail()).contains("primary need: not recorded to ASD");

        Map<String, String> clear = formOf(lead.get("/cases/" + world.ownCase() + "/details"));
        clear.put("primaryNeed", "");
        lead.post("/cases/" + world.ownCase() + "/details", clear);
        assertThat(storedNeed(world.ownCase())).isNull();
    }

    @Test
    void anUnknownNeedIsRefusedWithAMessageAndWhatWasTypedIsKept() {
        World world = fixtures.world();
        Visitor lead = signedIn(world.coordinator());
        Map<String, String> fields = formOf(lead.get("/cases/" + world.ownCase() + "/details"));
        fields.put("primaryNeed", "DYSLEXIA");
        fields.put("preferredName", "Kitty");
        Page refused = lead.post("/cases/" + world.ownCase() + "/details", fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("There is a problem", "Choose a type of need from the list");
        assertThat(refused.body()).contains("value=\"Kitty\"").contains("href=\"#primaryNeed\"");
        assertThat(storedNeed(world.ownCase())).isNull();
    }

    @Test
    void onlyThoseWhoMayChangeTheDetailsMaySetTheNeed() {
        World world = fixtures.world();
        Visitor parent = signedIn(world.parent());
        Page refused = parent.post("/cases/" + world.ownCase() + "/details", Map.of("primaryNeed", "ASD", "givenName", "Kit"));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(storedNeed(world.ownCase())).isNull();
    }

    @Test
    void aNeedSavedMeanwhileIsShownAndNotOverwrittenSilently() {
        World world = fixtures.world();
        Visitor coordinator = signedIn(world.coordinator());
        Visitor senco = signedIn(world.senco());
        Map<String, String> coordinatorForm = formOf(coordinator.get("/cases/" + world.ownCase() + "/details"));
        Map<String, String> sencoForm = formOf(senco.get("/cases/" + world.ownCase() + "/details"));

        coordinatorForm.put("primaryNeed", "SLCN");
        assertThat(coordinator.post("/cases/" + world.ownCase() + "/details", coordinatorForm).status()).isEqualTo(302);

        sencoForm.put("primaryNeed", "SEMH");
        Page refused = senco.post("/cases/" + world.ownCase() + "/details", sencoForm);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("Someone else changed these details while you were editing")
                .contains("Speech, language and communication");
        assertThat(refused.body()).contains("<option value=\"SEMH\" selected");
        assertThat(storedNeed(world.ownCase())).isEqualTo("SLCN");
    }
}
