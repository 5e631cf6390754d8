package org.coplan.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.coplan.people.Person;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;

class CaseTeamTest extends IntegrationTest {

    private Visitor signedIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }

    @Test
    void removedMemberLosesAccessAtOnceEvenInASessionAlreadyOpen() {
        World world = fixtures.world();
        Visitor psychologist = signedIn(world.psychologist());
        assertThat(psychologist.get("/cases/" + world.ownCase()).status()).isEqualTo(200);

        Visitor lead = signedIn(world.coordinator());
        lead.get("/cases/" + world.ownCase() + "/team/" + world.psychologistMember().id() + "/remove");
        Page removed = lead.post("/cases/" + world.ownCase() + "/team/" + world.psychologistMember().id() + "/remove", Map.of());
        assertThat(removed.location()).endsWith("/cases/" + world.ownCase());

        Page after = psychologist.get("/cases/" + world.ownCase());
        assertThat(after.status()).isEqualTo(404);
        assertThat(after.text()).contains("Page not found");
        assertThat(psychologist.get("/").text()).doesNotContain("Kit Child");
    }

    @Test
    void caseShowsTheFamilysNamedContactAndLeadsCanChangeIt() {
        World world = fixtures.world();
        Visitor parent = signedIn(world.parent());
        assertThat(parent.get("/cases/" + world.ownCase()).text()).contains("Your named contact " + world.coordinator().displayName());

        Visitor lead = signedIn(world.coordinator());
        lead.get("/cases/" + world.ownCase());
        lead.post("/cases/" + world.ownCase() + "/named-contact", Map.of("memberId", world.psychologistMember().id().toString()));
        assertThat(parent.get("/cases/" + world.ownCase()).text()).contains("Your named contact " + world.psychologist().displayName());
    }

    @Test
    void youngPersonsChoiceDecidesWhatTheirParentCanSee() {
        World world = fixtures.world(LocalDate.of(2009, 3, 1));
        Visitor parent = signedIn(world.parent());
        Visitor youngPerson = signedIn(world.child());
        assertThat(youngPerson.get("/cases/" + world.ownCase()).text()).contains("Kit is a young person")
                .contains("has not yet said whether their parents or carers should keep seeing the record");
        assertThat(parent.get("/cases/" + world.ownCase() + "/about-me/important-to-me").status()).isEqualTo(200);

        youngPerson.get("/cases/" + world.ownCase() + "/parent-access");
        youngPerson.post("/cases/" + world.ownCase() + "/parent-access", Map.of("choice", "VIEW_ONLY"));
        assertThat(parent.get("/cases/" + world.ownCase()).status()).isEqualTo(200);
        assertThat(parent.get("/cases/" + world.ownCase() + "/about-me/important-to-me").status()).isEqualTo(404);

        youngPerson.post("/cases/" + world.ownCase() + "/parent-access", Map.of("choice", "NONE"));
        assertThat(parent.get("/cases/" + world.ownCase()).status()).isEqualTo(404);

        youngPerson.post("/cases/" + world.ownCase() + "/parent-access", Map.of("choice", "FULL"));
        assertThat(parent.get("/cases/" + world.ownCase() + "/about-me/important-to-me").status()).isEqualTo(200);
    }

    @Test
    void youngPersonMustChooseAnOption() {
        World world = fixtures.world(LocalDate.of(2009, 3, 1));
        Visitor youngPerson = signedIn(world.child());
        youngPerson.get("/cases/" + world.ownCase() + "/parent-access");
        Page page = youngPerson.post("/cases/" + world.ownCase() + "/parent-access", Map.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Select what the young person wants");
    }

    @Test
    void theCaseSaysWhenAChildWillBecomeAYoungPerson() {
        World world = fixtures.world(LocalDate.of(2010, 9, 1));
        String page = signedIn(world.parent()).get("/cases/" + world.ownCase()).text();
        assertThat(page).contains("26 June 2027. From then, decisions rest with Kit.");
    }

    @Test
    void familyChoicesAreSeenByStaffButNotByAnotherFamilyMember() {
        World world = fixtures.world();
        Visitor parent = signedIn(world.parent());
        parent.get("/cases/" + world.ownCase() + "/participation");
        Page saved = parent.post("/cases/" + world.ownCase() + "/participation", Map.of(
                "involvement", "CO_PRODUCING", "channels", "TEXT", "phone", "07700 900123", "language", "Urdu", "interpreter", "yes",
                "accessibilityNeeds", "Step-free access", "cannotAttend", "Friday afternoons", "version", "-1"));
        assertThat(saved.location()).endsWith("/cases/" + world.ownCase());

        String staffView = signedIn(world.psychologist()).get("/cases/" + world.ownCase()).text();
        assertThat(staffView).contains("How the family want to take part").contains("Urdu").contains("Step-free access")
                .contains("Friday afternoons").contains("Write the plan with the team (co-produce)");
        String childView = signedIn(world.child()).get("/cases/" + world.ownCase()).text();
        assertThat(childView).doesNotContain("Urdu").doesNotContain("How the family want to take part");
        assertThat(parent.get("/cases/" + world.ownCase()).text()).contains("Urdu");
    }

    @Test
    void participationFormExplainsWhatIsMissingAndKeepsWhatWasTyped() {
        World world = fixtures.world();
        Visitor parent = signedIn(world.parent());
        parent.get("/cases/" + world.ownCase() + "/participation");
        Page page = parent.post("/cases/" + world.ownCase() + "/participation",
                Map.of("language", "", "accessibilityNeeds", "Large print", "version", "-1"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Select how involved you want to be").contains("Select at least one way to contact you")
                .contains("Enter the language you prefer").contains("Select yes if you need an interpreter");
        assertThat(page.body()).contains("Large print");
    }

    @Test
    void participationSavedInAnotherWindowIsNotOverwrittenSilently() {
        World world = fixtures.world();
        Visitor first = signedIn(world.parent());
        Visitor second = signedIn(world.parent());
        Map<String, String> form = Map.of("involvement", "KEPT_INFORMED", "channels", "EMAIL", "language", "English",
                "interpreter", "no", "version", "-1");
        first.get("/cases/" + world.ownCase() + "/participation");
        second.get("/cases/" + world.ownCase() + "/participation");
        assertThat(first.post("/cases/" + world.ownCase() + "/participation", form).status()).isEqualTo(302);
        Page refused = second.post("/cases/" + world.ownCase() + "/participation", Map.of("involvement", "CO_PRODUCING",
                "channels", "POST", "address", "1 High Street\nDemo Town", "postcode", "dt1 1aa", "language", "Welsh",
                "interpreter", "no", "version", "-1"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("Your choices were changed in another window");
        assertThat(refused.body()).contains("value=\"Welsh\"");
    }
}
