package org.coplan.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;

class AdministrationTest extends IntegrationTest {

    private static final String PASSWORD = "a new senco password";

    private Visitor signedIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }

    private Person administratorOf(World world) {
        return fixtures.staff("Ada Admin", world.localAuthority(), StaffRole.ADMINISTRATOR);
    }

    private static String organisationPath(Page page) {
        Matcher m = Pattern.compile("(/admin/organisations/[0-9a-f-]{36})").matcher(page.location());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void administratorAddsASchoolAndItsSencoWhoSetsAPasswordAndLeadsTheSchoolsCases() {
        World world = fixtures.world();
        Visitor admin = signedIn(administratorOf(world));
        assertThat(admin.get("/").text()).contains("Administration");
        assertThat(admin.get("/admin").text()).contains(world.localAuthority().name()).contains(world.school().name());

        admin.get("/admin/organisations/new");
        Page created = admin.post("/admin/organisations/new", Map.of("name", "Hillside Infants", "kind", "SCHOOL"));
        String school = organisationPath(created);
        assertThat(admin.follow(created).text()).contains("Hillside Infants").contains("Nobody has a role here yet");

        String email = fixtures.uniqueEmail("hillside.senco");
        admin.get(school + "/staff/new");
        Page added = admin.post(school + "/staff/new", Map.of("name", "Hana Hill", "email", email, "role", "SENCO"));
        assertThat(admin.follow(added).text()).contains("We have emailed " + email).contains("Hana Hill").contains("Not signed in yet");

        String body = TestMail.body(TestMail.to(email).get(0));
        assertThat(body).contains("SENCO at Hillside Infants").contains("14 days");
        Visitor senco = visitor();
        String link = TestMail.latestLink(email, "/password-reset/");
        senco.get(link);
        assertThat(senco.post(link, Map.of("password", PASSWORD, "confirm", PASSWORD)).location()).endsWith("/sign-in?reset");
        senco.signIn(email, PASSWORD);
        assertThat(senco.get("/cases/new").text()).contains("Hillside Infants");
    }

    @Test
    void administratorCannotSeeOrChangeAnotherAuthoritysOrganisations() {
        World world = fixtures.world();
        Visitor admin = signedIn(administratorOf(world));
        String other = "/admin/organisations/" + world.otherSchool().id();
        assertThat(admin.get(other).status()).isEqualTo(404);
        assertThat(admin.get(other + "/staff/new").status()).isEqualTo(404);
        admin.get("/admin");
        assertThat(admin.post(other + "/staff/new", Map.of("name", "X", "email", fixtures.uniqueEmail("x"), "role", "SENCO")).status())
                .isEqualTo(404);
        assertThat(admin.get("/admin").text()).doesNotContain(world.otherSchool().name());
    }

    @Test
    void peopleWhoAreNotAdministratorsSeeNoAdministration() {
        World world = fixtures.world();
        for (Person person : new Person[] {world.coordinator(), world.manager(), world.senco(), world.parent()}) {
            Visitor v = signedIn(person);
            assertThat(v.get("/admin").status()).as(person.displayName()).isEqualTo(404);
            assertThat(v.get("/admin/organisations/" + world.school().id()).status()).isEqualTo(404);
            assertThat(v.get("/").text()).doesNotContain("Administration");
        }
    }

    @Test
    void badInputIsExplainedAndKept() {
        World world = fixtures.world();
        Visitor admin = signedIn(administratorOf(world));
        admin.get("/admin/organisations/new");
        Page noKind = admin.post("/admin/organisations/new", Map.of("name", "Half Typed"));
        assertThat(noKind.text()).contains("Select what kind of organisation it is");
        assertThat(noKind.body()).contains("value=\"Half Typed\"");

        String school = "/admin/organisations/" + world.school().id();
        Page wrongRole = admin.post(school + "/staff/new", Map.of("name", "Wrong Role", "email", fixtures.uniqueEmail("w"), "role", "EHC_COORDINATOR"));
        assertThat(wrongRole.text()).contains("Select their role");
        Page already = admin.post(school + "/staff/new", Map.of("name", "Again", "email", world.senco().email(), "role", "SENCO"));
        assertThat(already.text()).contains("This person already has that role here");
    }

    @Test
    void removingASencosRoleEndsTheirAccessToTheSchoolsCasesAtOnce() {
        World world = fixtures.world();
        Visitor senco = signedIn(world.senco());
        assertThat(senco.get("/cases/" + world.ownCase()).status()).isEqualTo(200);
        Visitor admin = signedIn(administratorOf(world));
        String school = "/admin/organisations/" + world.school().id();
        admin.get(school);
        admin.post(school + "/staff/remove", Map.of("personId", world.senco().id().toString(), "role", "SENCO"));
        assertThat(admin.get(school).text()).doesNotContain(world.senco().displayName());
        // Their session ends with the role; signed in again, the school's cases are gone.
        assertThat(senco.get("/cases/" + world.ownCase()).location()).endsWith("/sign-in");
        senco.signIn(world.senco().email(), Fixtures.PASSWORD);
        assertThat(senco.get("/cases/" + world.ownCase()).status()).isEqualTo(404);
    }

    @Test
    void administratorCannotRemoveTheirOwnAdministratorRole() {
        World world = fixtures.world();
        Person adminPerson = administratorOf(world);
        Visitor admin = signedIn(adminPerson);
        String authority = "/admin/organisations/" + world.localAuthority().id();
        admin.get(authority);
        Page result = admin.follow(admin.post(authority + "/staff/remove",
                Map.of("personId", adminPerson.id().toString(), "role", "ADMINISTRATOR")));
        assertThat(result.text()).contains("You cannot remove your own administrator role");
        assertThat(admin.get("/admin").status()).isEqualTo(200);
    }
}
