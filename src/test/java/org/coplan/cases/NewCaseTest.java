package org.coplan.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.coplan.people.Person;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;

class NewCaseTest extends IntegrationTest {

    private Visitor signedIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }

    private Map<String, String> form(World world, String day, String month, String year) {
        Map<String, String> form = new HashMap<>();
        form.put("givenName", "Rosa");
        form.put("familyName", "Newcase");
        form.put("preferredName", "Ro");
        form.put("dateOfBirthDay", day);
        form.put("dateOfBirthMonth", month);
        form.put("dateOfBirthYear", year);
        form.put("school", world.school().id().toString());
        form.put("stage", "SEN_SUPPORT");
        return form;
    }

    @Test
    void sencoOpensACaseAtTheirSchoolAndBecomesTheNamedContact() {
        World world = fixtures.world();
        Visitor senco = signedIn(world.senco());
        senco.get("/cases/new");
        Page created = senco.post("/cases/new", form(world, "3", "4", "2017"));
        assertThat(created.location()).contains("/cases/");
        Page page = senco.follow(created);
        assertThat(page.text()).contains("Ro Newcase").contains("3 April 2017")
                .contains("The family's named contact " + world.senco().displayName());
        assertThat(signedIn(world.coordinator()).get("/caseload?scope=AUTHORITY").text()).contains("Rosa Newcase");
        assertThat(signedIn(world.otherCoordinator()).get("/caseload?scope=AUTHORITY").text()).doesNotContain("Rosa Newcase");
    }

    @Test
    void dateOfBirthInTheFutureIsRefusedAndWhatWasTypedIsKept() {
        World world = fixtures.world();
        Visitor senco = signedIn(world.senco());
        senco.get("/cases/new");
        Page refused = senco.post("/cases/new", form(world, "24", "11", "2026"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("Date of birth must be today or in the past");
        assertThat(refused.body()).contains("value=\"Rosa\"").contains("value=\"Newcase\"").contains("value=\"24\"")
                .contains("href=\"#dateOfBirth\"");
        assertThat(signedIn(world.senco()).get("/").text()).doesNotContain("Ro Newcase");
    }

    @Test
    void impossibleAndIncompleteDatesAreExplained() {
        World world = fixtures.world();
        Visitor senco = signedIn(world.senco());
        senco.get("/cases/new");
        assertThat(senco.post("/cases/new", form(world, "31", "2", "2017")).text()).contains("Date of birth must be a real date");
        assertThat(senco.post("/cases/new", form(world, "", "2", "2017")).text()).contains("must include a day, month and year");
        assertThat(senco.post("/cases/new", form(world, "", "", "")).text()).contains("Enter the date of birth");
    }

    @Test
    void sencoCannotOpenACaseAtAnotherSchool() {
        World world = fixtures.world();
        Visitor senco = signedIn(world.senco());
        senco.get("/cases/new");
        Map<String, String> form = form(world, "3", "4", "2017");
        form.put("school", world.otherSchool().id().toString());
        Page refused = senco.post("/cases/new", form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("Select the school or setting");
    }

    @Test
    void familiesAndProfessionalsCannotOpenCases() {
        World world = fixtures.world();
        assertThat(signedIn(world.parent()).get("/cases/new").status()).isEqualTo(404);
        assertThat(signedIn(world.psychologist()).get("/cases/new").status()).isEqualTo(404);
    }
}
