package org.coplan.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Runs in a context of its own, on a database of its own, to see a truly first start. */
@TestPropertySource(properties = {
    "coplan.set-up.local-authority=Northshire Council",
    "coplan.set-up.administrator-email=first.admin@northshire.test",
    "coplan.set-up.administrator-name=Fern First"
})
class FirstStartSetUpTest extends IntegrationTest {

    @Autowired
    People people;

    @Test
    void firstStartCreatesTheAuthorityAndItsAdministratorAndEmailsThemALink() {
        Person admin = people.findByEmail("first.admin@northshire.test").orElseThrow();
        assertThat(admin.displayName()).isEqualTo("Fern First");
        assertThat(admin.hasPassword()).isFalse();
        assertThat(people.staffMemberships(admin.id())).singleElement().satisfies(m -> {
            assertThat(m.role()).isEqualTo(StaffRole.ADMINISTRATOR);
            assertThat(people.organisation(m.organisationId()).orElseThrow().name()).isEqualTo("Northshire Council");
        });
        assertThat(TestMail.latestLink("first.admin@northshire.test", "/password-reset/")).startsWith("/password-reset/");
        assertThat(people.organisations(OrganisationKind.LOCAL_AUTHORITY)).extracting(Organisation::name).containsExactly("Northshire Council");
    }
}
