package org.coplan.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.Stage;
import org.coplan.people.Person;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

/**
 * A provider records the sessions of their provision through the pages: delivered, missed and
 * made up, corrected, and for a group of children at once; everyone on the case reads them; bad
 * input is refused beside its field with what was typed kept and nothing stored.
 */
class DeliveryRecordsTest extends IntegrationTest {

    /** The test clock's today is Monday 23 November 2026. */
    static final LocalDate START = LocalDate.of(2026, 9, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    record Made(World w, UUID therapy) {
        String log() {
            return "/cases/" + w.ownCase() + "/provision/items/" + therapy;
        }

        String record() {
            return log() + "/sessions/new";
        }
    }

    Made therapyOnOwnCase() {
        World w = fixtures.world();
        return new Made(w, DeliveryItems.weekly(jdbc, w.ownCase(), "Speech and language therapy", "HEALTH_PROFESSIONAL", null, START));
    }

    @Test
    void aTherapistRecordsDeliveredMissedAndMakeUpSessionsAndTheLogShowsThemLinkedToEveryoneOnTheCase() throws Exception {
        Made m = therapyOnOwnCase();
        String form = page(m.w().health(), m.record());
        assertThat(form).contains("name=\"minutes\"").contains("value=\"30\"").contains("value=\"Hal Health\"")
                .contains("value=\"23\"").contains("value=\"2026\"");

        MvcResult delivered = post(m.w().health(), m.record(), session("16", "DELIVERED", "30", "Following two-step instructions"));
        assertThat(delivered.getResponse().getRedirectedUrl()).startsWith(m.log() + "#session-");
        assertThat(delivered.getFlashMap().get("done")).isEqualTo("delivery.saved");
        post(m.w().health(), m.record(), "dateDay", "9", "dateMonth", "11", "dateYear", "2026", "status", "NOT_DELIVERED", "reason",
                "CHILD_ABSENT");
        UUID missed = sessionOn(m, LocalDate.of(2026, 11, 9));
        assertThat(page(m.w().health(), m.record())).contains("Missed on 9 November 2026 (Child absent)");
        MvcResult makeUp = post(m.w().health(), m.record(), "dateDay", "20", "dateMonth", "11", "dateYear", "2026", "status", "DELIVERED",
                "minutes", "30", "deliveredBy", "Hal Health", "note", "Catching up", "makesUp", missed.toString());
        assertThat(makeUp.getResponse().getStatus()).isEqualTo(302);

        for (Person reader : List.of(m.w().parent(), m.w().child(), m.w().coordinator(), m.w().psychologist())) {
            String log = text(page(reader, m.log()));
            assertThat(log).contains("Friday 20 November 2026").contains("Makes up for the session missed on 9 November 2026")
                    .contains("Monday 9 November 2026").contains("Child absent").contains("Made up on 20 November 2026")
                    .contains("Following two-step instructions").contains("Recorded by Hal Health (Health professional)");
        }
        assertThat(page(m.w().parent(), m.log())).doesNotContain("sessions/new").doesNotContain("/correct");
        assertThat(page(m.w().health(), m.log())).contains("sessions/new").contains("/correct");
        // newest first
        String log = text(page(m.w().parent(), m.log()));
        assertThat(log.indexOf("Friday 20 November")).isLessThan(log.indexOf("Monday 16 November"));
        assertThat(log.indexOf("Monday 16 November")).isLessThan(log.indexOf("Monday 9 November"));
    }

    @Test
    void aNamedProviderRecordsWhateverTheirRoleOnTheCase() throws Exception {
        World w = fixtures.world();
        UUID item = DeliveryItems.weekly(jdbc, w.ownCase(), "Assessment follow-up", null, w.psychologist().id().value(), START);
        String path = "/cases/" + w.ownCase() + "/provision/items/" + item + "/sessions/new";
        assertThat(post(w.psychologist(), path, session("16", "DELIVERED", "45", "")).getResponse().getStatus()).isEqualTo(302);
        assertThat(count(w.ownCase(), item)).isEqualTo(1);
        assertThat(page(w.health(), path)).contains("You cannot record sessions of this provision");
    }

    @Test
    void everyBadInputIsRefusedBesideItsFieldWithWhatWasTypedKeptAndNothingStored() throws Exception {
        Made m = therapyOnOwnCase();
        Person t = m.w().health();
        refused(m, t, "Minutes cannot be less than 0", "value=\"-5\"", session("16", "DELIVERED", "-5", "kept words"));
        refused(m, t, "Minutes must be 1440 or fewer (a day)", "value=\"1441\"", session("16", "DELIVERED", "1441", "kept words"));
        refused(m, t, "Enter the minutes as a whole number, like 30", "value=\"half an hour\"",
                session("16", "DELIVERED", "half an hour", "kept words"));
        refused(m, t, "The date of the session must be today or in the past", "value=\"24\"",
                "dateDay", "24", "dateMonth", "11", "dateYear", "2026", "status", "DELIVERED", "minutes", "30", "deliveredBy", "Hal");
        refused(m, t, "The date must be on or after 1 September 2026, when this provision started", "value=\"31\"",
                "dateDay", "31", "dateMonth", "8", "dateYear", "2026", "status", "DELIVERED", "minutes", "30", "deliveredBy", "Hal");
        refused(m, t, "Select why the session did not take place", "value=\"16\"",
                "dateDay", "16", "dateMonth", "11", "dateYear", "2026", "status", "NOT_DELIVERED");
        refused(m, t, "Say why the session did not take place", "value=\"OTHER\" checked",
                "dateDay", "16", "dateMonth", "11", "dateYear", "2026", "status", "NOT_DELIVERED", "reason", "OTHER", "reasonWords", " ");
        refused(m, t, "Choose a missed session of this provision", "value=\"16\"",
                "dateDay", "16", "dateMonth", "11", "dateYear", "2026", "status", "DELIVERED", "minutes", "30", "deliveredBy", "Hal",
                "makesUp", UUID.randomUUID().toString());
        assertThat(count(m.w().ownCase(), m.therapy())).isZero();

        // twice: the second regular session that day is refused with a link to the first
        post(t, m.record(), session("16", "DELIVERED", "30", "first"));
        UUID first = sessionOn(m, LocalDate.of(2026, 11, 16));
        String twice = refused(m, t, "A session on 16 November 2026 is already recorded", "second",
                session("16", "DELIVERED", "25", "second"));
        assertThat(twice).contains(m.log() + "#session-" + first);

        // a make-up for a delivered session, and a make-up for a session already made up
        refused(m, t, "Choose a missed session of this provision", "value=\"17\"",
                "dateDay", "17", "dateMonth", "11", "dateYear", "2026", "status", "DELIVERED", "minutes", "30", "deliveredBy", "Hal",
                "makesUp", first.toString());
        post(t, m.record(), "dateDay", "9", "dateMonth", "11", "dateYear", "2026", "status", "NOT_DELIVERED", "reason", "PROVIDER_ABSENT");
        UUID missed = sessionOn(m, LocalDate.of(2026, 11, 9));
        post(t, m.record(), "dateDay", "18", "dateMonth", "11", "dateYear", "2026", "status", "DELIVERED", "minutes", "30",
                "deliveredBy", "Hal", "makesUp", missed.toString());
        refused(m, t, "The session missed on 9 November 2026 already has a make-up", "value=\"19\"",
                "dateDay", "19", "dateMonth", "11", "dateYear", "2026", "status", "DELIVERED", "minutes", "30", "deliveredBy", "Hal",
                "makesUp", missed.toString());
        assertThat(count(m.w().ownCase(), m.therapy())).isEqualTo(3);
    }

    @Test
    void aProviderRecordingForAnItemTheyDoNotProvideIsRefusedWithAClearMessageAndTheFamilyCannotRecordAtAll() throws Exception {
        World w = fixtures.world();
        UUID ot = DeliveryItems.weekly(jdbc, w.ownCase(), "Occupational therapy", "OTHER_PROFESSIONAL", null, START);
        String path = "/cases/" + w.ownCase() + "/provision/items/" + ot + "/sessions/new";
        assertThat(text(page(w.health(), path))).contains("Only the provider of \"Occupational therapy\" records its sessions");
        MvcResult refused = post(w.health(), path, session("16", "DELIVERED", "30", "typed words"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(text(refused.getResponse().getContentAsString())).contains("You do not provide this item").contains("typed words");
        assertThat(count(w.ownCase(), ot)).isZero();

        assertThat(status(w.parent(), path)).isEqualTo(404);
        assertThat(post(w.parent(), path, session("16", "DELIVERED", "30", "")).getResponse().getStatus()).isEqualTo(404);
        assertThat(status(w.parent(), "/cases/" + w.ownCase() + "/provision/items/" + ot)).isEqualTo(200);
        assertThat(status(w.outsider(), "/cases/" + w.ownCase() + "/provision/items/" + ot)).isEqualTo(404);
        assertThat(count(w.ownCase(), ot)).isZero();
    }

    @Test
    void aLeadRecordsForTheProviderAsSuchAndOnlyTheLeadsRecordAnItemWithNoAmount() throws Exception {
        Made m = therapyOnOwnCase();
        assertThat(text(page(m.w().coordinator(), m.record()))).contains("You are not the provider of this item");
        post(m.w().coordinator(), m.record(), session("16", "DELIVERED", "30", "Done by the cover therapist"));
        assertThat(jdbc.sql("select on_behalf from provision_session where case_id = ? and item_lineage = ?")
                .params(m.w().ownCase().value(), m.therapy()).query(Boolean.class).single()).isTrue();
        assertThat(text(page(m.w().parent(), m.log()))).contains("Recorded by Cora Coordinator (EHC coordinator)").contains("for the provider");

        UUID vague = DeliveryItems.vague(jdbc, m.w().ownCase(), "Support as required", START);
        String path = "/cases/" + m.w().ownCase() + "/provision/items/" + vague + "/sessions/new";
        assertThat(post(m.w().health(), path, session("16", "DELIVERED", "30", "")).getResponse().getStatus()).isEqualTo(200);
        assertThat(post(m.w().senco(), path, session("16", "DELIVERED", "30", "")).getResponse().getStatus()).isEqualTo(302);
        assertThat(count(m.w().ownCase(), vague)).isEqualTo(1);
    }

    @Test
    void aCorrectionIsANewSessionAndTheOldWordsStayVisibleAsCorrected() throws Exception {
        Made m = therapyOnOwnCase();
        post(m.w().health(), m.record(), session("16", "DELIVERED", "30", "Old words"));
        UUID old = sessionOn(m, LocalDate.of(2026, 11, 16));
        String correct = "/cases/" + m.w().ownCase() + "/provision/sessions/" + old + "/correct";
        assertThat(page(m.w().health(), correct)).contains("Old words").contains("value=\"30\"");
        assertThat(status(m.w().parent(), correct)).isEqualTo(404);
        MvcResult saved = post(m.w().health(), correct, session("16", "DELIVERED", "25", "New words"));
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        String log = text(page(m.w().parent(), m.log()));
        assertThat(log).contains("Old words").contains("New words").contains("Corrected").contains("25 minutes").contains("30 minutes");
        assertThat(jdbc.sql("select count(*) from provision_session where case_id = ? and item_lineage = ? and replaced_by is null")
                .params(m.w().ownCase().value(), m.therapy()).query(Integer.class).single()).isEqualTo(1);
        // the corrected session cannot be corrected again
        assertThat(status(m.w().health(), correct)).isEqualTo(404);
    }

    @Test
    void aProviderWithManyChildrenChoosesTheProvisionBeforeTheChildrenAreListed() throws Exception {
        World w = fixtures.world();
        UUID first = null;
        for (int i = 0; i < 31; i++) {
            UUID item = DeliveryItems.weekly(jdbc, w.ownCase(), "Provision " + i, "HEALTH_PROFESSIONAL", null, START);
            first = first == null ? item : first;
        }
        String unchosen = text(page(w.health(), "/provision/group-sessions/new"));
        assertThat(unchosen).contains("Choose which provision the group session was").doesNotContain("Children in the group");
        String chosen = mvc.perform(MockMvcRequestBuilders.get("/provision/group-sessions/new").param("provision", "Provision 0")
                .with(fixtures.as(w.health()))).andReturn().getResponse().getContentAsString();
        assertThat(chosen).contains(w.ownCase() + "_" + first).contains("Children in the group");
        assertThat(text(chosen)).contains(": Provision 0 ").doesNotContain(": Provision 1 ");
    }

    @Test
    void aGroupSessionRecordedOnceAppearsForEachChildAndOnlyEachChildsTeamSeesTheirEntry() throws Exception {
        World w = fixtures.world();
        CaseId second = fixtures.cases().openCase(w.coordinator().id(), CaseRole.EHC_COORDINATOR, "Bea", "Second" + UUID.randomUUID(),
                null, LocalDate.of(2016, 2, 2), w.school().id(), w.localAuthority().id(), Stage.EHC_PLAN);
        fixtures.cases().addMember(second, w.health().id(), CaseRole.HEALTH_PROFESSIONAL);
        Person secondParent = fixtures.person("Bea Parent");
        fixtures.cases().addMember(second, secondParent.id(), CaseRole.PARENT_CARER);
        UUID kit = DeliveryItems.weekly(jdbc, w.ownCase(), "Social communication group", "HEALTH_PROFESSIONAL", null, START);
        UUID bea = DeliveryItems.weekly(jdbc, second, "Social communication group", "HEALTH_PROFESSIONAL", null, START);
        String kitKey = w.ownCase() + "_" + kit;
        String beaKey = second + "_" + bea;

        UUID other = DeliveryItems.weekly(jdbc, second, "Fine motor skills", "HEALTH_PROFESSIONAL", null, START);
        String form = page(w.health(), "/provision/group-sessions/new");
        assertThat(form).contains(kitKey).contains(beaKey).contains(second + "_" + other);
        // choosing the provision lists only the children who have it
        String chosen = mvc.perform(MockMvcRequestBuilders.get("/provision/group-sessions/new").param("provision", "Social communication group")
                .with(fixtures.as(w.health()))).andReturn().getResponse().getContentAsString();
        assertThat(chosen).contains(kitKey).contains(beaKey).doesNotContain(second + "_" + other)
                .contains("Social communication group (2 children)");

        // one child's bad input refuses the whole group, shown beside that child
        MvcResult refused = mvc.perform(MockMvcRequestBuilders.post("/provision/group-sessions/new").with(fixtures.as(w.health())).with(csrf())
                .param("dateDay", "17").param("dateMonth", "11").param("dateYear", "2026").param("minutes", "40")
                .param("deliveredBy", "Hal Health").param("note", "Turn taking")
                .param("child", kitKey, beaKey).param("status_" + kitKey, "DELIVERED").param("status_" + beaKey, "NOT_DELIVERED"))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(text(refused.getResponse().getContentAsString())).contains("Select why the session did not take place");
        assertThat(refused.getResponse().getContentAsString()).contains("href=\"#child-" + beaKey + "\"")
                .contains("id=\"child-" + beaKey + "-error\"").contains("value=\"Turn taking\"".replace("value=\"", "").replace("\"", ""));
        assertThat(count(w.ownCase(), kit) + count(second, bea)).isZero();

        MvcResult saved = mvc.perform(MockMvcRequestBuilders.post("/provision/group-sessions/new").with(fixtures.as(w.health())).with(csrf())
                .param("dateDay", "17").param("dateMonth", "11").param("dateYear", "2026").param("minutes", "40")
                .param("deliveredBy", "Hal Health").param("note", "Turn taking")
                .param("child", kitKey, beaKey).param("status_" + kitKey, "DELIVERED").param("status_" + beaKey, "NOT_DELIVERED")
                .param("reason_" + beaKey, "CHILD_ABSENT"))
                .andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/provision/my-week");
        assertThat(saved.getFlashMap().get("done")).isEqualTo("delivery.group.saved");
        assertThat(count(w.ownCase(), kit)).isEqualTo(1);
        assertThat(count(second, bea)).isEqualTo(1);
        assertThat(jdbc.sql("select count(distinct group_session_id) from provision_session where item_lineage in (?, ?)")
                .params(kit, bea).query(Integer.class).single()).isEqualTo(1);

        String kitsLog = text(page(w.parent(), "/cases/" + w.ownCase() + "/provision/items/" + kit));
        assertThat(kitsLog).contains("Group session").contains("40 minutes").contains("Turn taking").doesNotContain("Bea");
        String beasLog = text(page(secondParent, "/cases/" + second + "/provision/items/" + bea));
        assertThat(beasLog).contains("Group session").contains("Child absent").doesNotContain("Kit");
        assertThat(status(secondParent, "/cases/" + w.ownCase() + "/provision/items/" + kit)).isEqualTo(404);
        assertThat(status(w.parent(), "/cases/" + second + "/provision/items/" + bea)).isEqualTo(404);
    }

    @Test
    void myWeekListsTheProvidersItemsAcrossTheirCasesWithThisWeeksSessions() throws Exception {
        World w = fixtures.world();
        CaseId second = fixtures.cases().openCase(w.coordinator().id(), CaseRole.EHC_COORDINATOR, "Bea", "Weekly" + UUID.randomUUID(),
                null, LocalDate.of(2016, 2, 2), w.school().id(), w.localAuthority().id(), Stage.EHC_PLAN);
        fixtures.cases().addMember(second, w.health().id(), CaseRole.HEALTH_PROFESSIONAL);
        UUID kit = DeliveryItems.weekly(jdbc, w.ownCase(), "Speech therapy for Kit", "HEALTH_PROFESSIONAL", null, START);
        DeliveryItems.weekly(jdbc, second, "Speech therapy for Bea", "HEALTH_PROFESSIONAL", null, START);
        DeliveryItems.weekly(jdbc, w.ownCase(), "Occupational therapy for Kit", "OTHER_PROFESSIONAL", null, START);
        post(w.health(), "/cases/" + w.ownCase() + "/provision/items/" + kit + "/sessions/new", session("23", "DELIVERED", "30", ""));

        String week = text(page(w.health(), "/provision/my-week"));
        assertThat(week).contains("Speech therapy for Kit").contains("Speech therapy for Bea").doesNotContain("Occupational therapy")
                .contains("From Monday 23 November to Sunday 29 November 2026").contains("1 (1 delivered)").contains("0 (0 delivered)")
                .contains("Record a group session");
        assertThat(page(w.health(), "/provision/my-week")).contains("/cases/" + w.ownCase() + "/provision/items/" + kit + "/sessions/new");
        assertThat(text(page(w.parent(), "/provision/my-week"))).contains("You are not the provider of any provision yet");
        assertThat(page(w.health(), "/")).contains("href=\"/provision/my-week\"");
        assertThat(page(w.parent(), "/")).doesNotContain("/provision/my-week");
    }

    @Test
    void myWeekSendsTheSameStatementsForOneCaseAsForMany() throws Exception {
        World w = fixtures.world();
        DeliveryItems.weekly(jdbc, w.ownCase(), "Speech therapy", "HEALTH_PROFESSIONAL", null, START);
        org.coplan.support.Visitor v = visitor();
        v.signIn(w.health().email(), org.coplan.support.Fixtures.PASSWORD);
        int one = statements.oneRequest(() -> assertThat(v.get("/provision/my-week").text()).contains("Speech therapy")).count();
        for (int i = 0; i < 4; i++) {
            CaseId another = fixtures.cases().openCase(w.coordinator().id(), CaseRole.EHC_COORDINATOR, "Cal", "Many" + i + UUID.randomUUID(),
                    null, LocalDate.of(2016, 2, 2), w.school().id(), w.localAuthority().id(), Stage.EHC_PLAN);
            fixtures.cases().addMember(another, w.health().id(), CaseRole.HEALTH_PROFESSIONAL);
            UUID item = DeliveryItems.weekly(jdbc, another, "Therapy " + i, "HEALTH_PROFESSIONAL", null, START);
            post(w.health(), "/cases/" + another + "/provision/items/" + item + "/sessions/new", session("23", "DELIVERED", "30", ""));
        }
        var many = statements.oneRequest(() -> assertThat(v.get("/provision/my-week").text()).contains("Therapy 3").contains("1 (1 delivered)"));
        assertThat(many.count()).as(many.toString()).isEqualTo(one);
    }

    @Test
    void aCorrectionSavedMeanwhileByAnotherIsRefusedWithWhatWasTypedKept() throws Exception {
        Made m = therapyOnOwnCase();
        post(m.w().health(), m.record(), session("16", "DELIVERED", "30", "First words"));
        UUID old = sessionOn(m, LocalDate.of(2026, 11, 16));
        String correct = "/cases/" + m.w().ownCase() + "/provision/sessions/" + old + "/correct";
        assertThat(post(m.w().coordinator(), correct, session("16", "DELIVERED", "35", "The lead's correction")).getResponse().getStatus())
                .isEqualTo(302);
        MvcResult late = post(m.w().health(), correct, session("16", "DELIVERED", "25", "My own correction"));
        assertThat(late.getResponse().getStatus()).isEqualTo(200);
        assertThat(text(late.getResponse().getContentAsString())).contains("Someone else corrected this session just now")
                .contains("My own correction");
        assertThat(jdbc.sql("select note from provision_session where case_id = ? and item_lineage = ? and replaced_by is null")
                .params(m.w().ownCase().value(), m.therapy()).query(String.class).single()).isEqualTo("The lead's correction");
    }

    // ---- helpers

    static String[] session(String day, String status, String minutes, String note) {
        return new String[] {"dateDay", day, "dateMonth", "11", "dateYear", "2026", "status", status, "minutes", minutes,
                "deliveredBy", "Hal Health", "note", note};
    }

    /** Posts bad input: the page comes back with the message in the summary and beside the field, and what was typed. */
    private String refused(Made m, Person who, String message, String kept, String... fields) throws Exception {
        MvcResult r = post(who, m.record(), fields);
        assertThat(r.getResponse().getStatus()).as(message).isEqualTo(200);
        String html = r.getResponse().getContentAsString();
        assertThat(html).contains("govuk-error-summary");
        assertThat(text(html).split(java.util.regex.Pattern.quote(message), -1).length - 1).as(message).isGreaterThanOrEqualTo(2);
        assertThat(html).contains(kept);
        return html;
    }

    private UUID sessionOn(Made m, LocalDate day) {
        return jdbc.sql("select id from provision_session where case_id = ? and item_lineage = ? and session_date = ? and replaced_by is null")
                .params(m.w().ownCase().value(), m.therapy(), day).query(UUID.class).single();
    }

    private int count(CaseId c, UUID item) {
        return jdbc.sql("select count(*) from provision_session where case_id = ? and item_lineage = ?")
                .params(c.value(), item).query(Integer.class).single();
    }

    private String page(Person who, String path) throws Exception {
        MvcResult r = mvc.perform(MockMvcRequestBuilders.get(path).with(fixtures.as(who))).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    private int status(Person who, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(fixtures.as(who))).andReturn().getResponse().getStatus();
    }

    private MvcResult post(Person who, String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post(path).with(fixtures.as(who)).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            b.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(b).andReturn();
    }

    private static String text(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
    }
}
