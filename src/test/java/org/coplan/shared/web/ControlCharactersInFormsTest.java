package org.coplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.HashMap;
import java.util.Map;
import org.coplan.people.Person;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

/**
 * A NUL or another control character pasted into any free-text field is removed as the request
 * arrives: the text is saved without it, never lost to an error page (PostgreSQL text cannot hold NUL).
 * The contribution form, which is multipart, is covered in AttachmentUploadTest.
 */
class ControlCharactersInFormsTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    private Visitor signedIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }

    @Test
    void aNulInAboutMeIsRemovedAndTheTextSaved() {
        World world = fixtures.world();
        Visitor parent = signedIn(world.parent());
        String path = "/cases/" + world.ownCase() + "/about-me/important-to-me";
        parent.get(path);
        Page saved = parent.post(path, Map.of("body", "Football\u0000 on Saturdays\u0007"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(parent.follow(saved).text()).contains("Football on Saturdays");
    }

    @Test
    void aNulInParticipationChoicesIsRemovedAndTheChoicesSaved() {
        World world = fixtures.world();
        Visitor parent = signedIn(world.parent());
        parent.get("/cases/" + world.ownCase() + "/participation");
        Page saved = parent.post("/cases/" + world.ownCase() + "/participation", Map.of(
                "involvement", "CO_PRODUCING", "channels", "TEXT", "phone", "07700 900123", "language", "Ur\u0000du", "interpreter", "yes",
                "accessibilityNeeds", "Step-free\u0000 access", "cannotAttend", "Friday\u001b afternoons", "version", "-1"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(signedIn(world.psychologist()).get("/cases/" + world.ownCase()).text())
                .contains("Urdu").contains("Step-free access").contains("Friday afternoons");
    }

    @Test
    void aNulInADisagreementIsRemovedAndTheDisagreementRecorded() {
        World world = fixtures.world();
        Visitor parent = signedIn(world.parent());
        parent.get("/cases/" + world.ownCase() + "/disagreements/new");
        Page raised = parent.post("/cases/" + world.ownCase() + "/disagreements",
                Map.of("subjectKind", "OTHER", "aboutText", "How the visit\u0000 was arranged", "disagreeWith", "Too\u0000 short."));
        assertThat(raised.status()).isEqualTo(302);
        assertThat(parent.follow(raised).text()).contains("How the visit was arranged").contains("Too short.");
    }

    @Test
    void aNulInACaseNameIsRemovedAndTheCaseOpened() {
        World world = fixtures.world();
        Visitor senco = signedIn(world.senco());
        senco.get("/cases/new");
        Map<String, String> form = new HashMap<>();
        form.put("givenName", "Ro\u0000sa");
        form.put("familyName", "New\u0000case");
        form.put("preferredName", "R\u0000o");
        form.put("dateOfBirthDay", "3");
        form.put("dateOfBirthMonth", "4");
        form.put("dateOfBirthYear", "2017");
        form.put("school", world.school().id().toString());
        form.put("stage", "SEN_SUPPORT");
        Page created = senco.post("/cases/new", form);
        assertThat(created.status()).isEqualTo(302);
        assertThat(senco.follow(created).text()).contains("Ro Newcase");
    }

    @Test
    void aNulInAMeetingTitleIsRemovedAndTheMeetingArranged() throws Exception {
        World world = fixtures.world();
        MockHttpServletResponse arranged = mvc.perform(MockMvcRequestBuilders.post("/cases/" + world.ownCase() + "/meetings/new")
                        .param("title", "Kit's\u0000 planning meeting").param("kind", "PLANNING").param("mode", "IN_PERSON")
                        .param("place", "Room 4,\u0000 Oak Road")
                        .param("day", "30", "", "").param("month", "11", "", "").param("year", "2026", "", "")
                        .param("start", "10:00", "", "").param("length", "60", "", "")
                        .param("attendees", world.parentMember().id().toString())
                        .with(user(fixtures.signedIn(world.coordinator()))).with(csrf()))
                .andReturn().getResponse();
        assertThat(arranged.getStatus()).isEqualTo(302);
        String meeting = mvc.perform(MockMvcRequestBuilders.get(arranged.getRedirectedUrl()).with(user(fixtures.signedIn(world.coordinator()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(meeting)).contains("Kit's planning meeting").contains("Room 4, Oak Road");
    }

    @Test
    void aNulInThePasswordResetEmailIsRemovedAndTheLinkSent() {
        Person person = fixtures.person("Nul Reset");
        Visitor v = visitor();
        v.get("/password-reset");
        Page sent = v.post("/password-reset", Map.of("email", person.email() + "\u0000"));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).endsWith("/password-reset?sent");
        assertThat(TestMail.latestLink(person.email(), "/password-reset/")).contains("/password-reset/");
    }

    @Test
    void aControlCharacterInANewPasswordIsRefusedBesideTheFieldNotRemoved() {
        Person person = fixtures.person("Control Password");
        Visitor v = visitor();
        v.get("/password-reset");
        v.post("/password-reset", Map.of("email", person.email()));
        String link = java.net.URI.create(TestMail.latestLink(person.email(), "/password-reset/")).getPath();
        v.get(link);
        Page refused = v.post(link, Map.of("password", "correct\u0000horse battery", "confirm", "correct\u0000horse battery"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("Your password must only contain letters, numbers, spaces and symbols you can type");
        assertThat(refused.body()).contains("href=\"#password\"").contains("id=\"password-error\"");
    }
}
