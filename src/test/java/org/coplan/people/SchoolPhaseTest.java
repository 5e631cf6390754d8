package org.coplan.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The administrator records the phase each school serves, which figures about its children are grouped by. */
class SchoolPhaseTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private Visitor administrator(World world) {
        Person admin = fixtures.staff("Ada Admin", world.localAuthority(), StaffRole.ADMINISTRATOR);
        Visitor v = visitor();
        v.signIn(admin.email(), Fixtures.PASSWORD);
        return v;
    }

    @Test
    void administratorSetsASchoolsPhaseAndTheChangeIsAudited() {
        World world = fixtures.world();
        Visitor admin = administrator(world);
        String school = "/admin/organisations/" + world.school().id();
        Page before = admin.get(school);
        assertThat(before.text()).contains("School phase", "Not recorded yet", "Secondary", "Special school");
        assertThat(before.body()).contains("<option value=\"\" selected");

        Page saved = admin.post(school + "/phase", Map.of("phase", "SECONDARY"));
        assertThat(saved.location()).endsWith(school);
        Page after = admin.follow(saved);
        assertThat(after.text()).contains("The school phase is saved");
        assertThat(after.body()).contains("<option value=\"SECONDARY\" selected");
        assertThat(fixtures.people().phasesIn(world.localAuthority().id())).containsEntry(world.school().id(), SchoolPhase.SECONDARY);
        assertThat(jdbc.sql("select detail from audit_event where subject = 'School phase' order by id desc limit 1").query(String.class).single())
                .isEqualTo(world.school().name() + ": not recorded to SECONDARY");

        admin.post(school + "/phase", Map.of("phase", ""));
        assertThat(fixtures.people().phasesIn(world.localAuthority().id())).doesNotContainKey(world.school().id());
    }

    @Test
    void anUnknownPhaseIsRefusedWithAMessageAndNothingChanges() {
        World world = fixtures.world();
        fixtures.people().setPhase(world.school().id(), SchoolPhase.PRIMARY);
        Visitor admin = administrator(world);
        Page refused = admin.post("/admin/organisations/" + world.school().id() + "/phase", Map.of("phase", "UNIVERSITY"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("There is a problem", "Choose a school phase from the list");
        assertThat(fixtures.people().phasesIn(world.localAuthority().id())).containsEntry(world.school().id(), SchoolPhase.PRIMARY);
    }

    @Test
    void onlyASchoolHasAPhaseAndOnlyItsOwnAdministratorMaySetIt() {
        World world = fixtures.world();
        Visitor admin = administrator(world);
        Page authority = admin.get("/admin/organisations/" + world.localAuthority().id());
        assertThat(authority.text()).doesNotContain("School phase");
        assertThat(admin.post("/admin/organisations/" + world.localAuthority().id() + "/phase", Map.of("phase", "PRIMARY")).status())
                .isEqualTo(404);
        assertThat(admin.post("/admin/organisations/" + world.otherSchool().id() + "/phase", Map.of("phase", "PRIMARY")).status())
                .as("another authority's school").isEqualTo(404);

        Visitor senco = visitor();
        senco.signIn(world.senco().email(), Fixtures.PASSWORD);
        assertThat(senco.post("/admin/organisations/" + world.school().id() + "/phase", Map.of("phase", "PRIMARY")).status()).isEqualTo(404);
        assertThat(fixtures.people().phasesIn(world.localAuthority().id())).doesNotContainKey(world.school().id());
    }
}
