package org.coplan.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.coplan.audit.AuditLog;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseRole;
import org.coplan.cases.SupportChoice;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationKind;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A family asks for SENDIASS with consent; an adviser sees the referral and joins the team only when the family agrees. */
class IndependentSupportTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RequestSetup setup;

    @Autowired
    CaseAccess access;

    @Autowired
    AuditLog audit;

    private Person adviserOfNewSendiass(World w) {
        Organisation service = fixtures.people().createOrganisation(OrganisationKind.SERVICE, "SENDIASS " + UUID.randomUUID(),
                w.localAuthority().id());
        setup.registerService(service.id(), w.localAuthority().id(), SupportChoice.SENDIASS);
        return fixtures.staff("Ada Adviser", service, StaffRole.PROFESSIONAL);
    }

    private String page(Person as, String path) throws Exception {
        MvcResult r = mvc.perform(get(path).with(fixtures.as(as))).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return r.getResponse().getContentAsString().replaceAll("\\s+", " ");
    }

    private int status(Person as, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(as))).andReturn().getResponse().getStatus();
    }

    @Test
    void anAdviserSeesTheReferralButNotTheCaseUntilTheFamilyLetsThemJoin() throws Exception {
        World w = fixtures.world();
        Person adviser = adviserOfNewSendiass(w);
        String support = "/cases/" + w.ownCase() + "/independent-support";

        MvcResult noConsent = mvc.perform(post(support).param("support", "SENDIASS").param("contact", "07700 900456 after 3pm")
                .with(fixtures.as(w.parent())).with(csrf())).andReturn();
        assertThat(noConsent.getResponse().getContentAsString()).contains("id=\"consent-error\"").contains("07700 900456 after 3pm");
        assertThat(page(adviser, "/referrals")).contains("There are no referrals yet.");

        mvc.perform(post(support).param("support", "SENDIASS").param("contact", "07700 900456 after 3pm")
                .param("help", "Coming to the review with me.").param("consent", "yes")
                .with(fixtures.as(w.parent())).with(csrf())).andReturn();

        String referrals = page(adviser, "/referrals");
        assertThat(referrals).contains(w.parent().displayName() + " asked for SENDIASS")
                .contains("07700 900456 after 3pm").contains("Coming to the review with me.")
                .contains("Kit. Stage: EHC needs assessment. School or setting: " + w.school().name());
        assertThat(status(adviser, "/cases/" + w.ownCase())).as("no access to the case record before the family agrees").isEqualTo(404);
        assertThat(status(adviser, "/cases/" + w.ownCase() + "/timeline")).isEqualTo(404);

        String referralId = referrals.replaceAll(".*action=\"/referrals/([0-9a-f-]+)/accept\".*", "$1");
        mvc.perform(post("/referrals/" + referralId + "/accept").with(fixtures.as(adviser)).with(csrf())).andReturn();
        assertThat(page(adviser, "/referrals")).contains("Ada Adviser offered to help. Waiting for the family to agree");
        assertThat(status(adviser, "/cases/" + w.ownCase())).isEqualTo(404);

        assertThat(page(w.parent(), "/cases/" + w.ownCase())).contains("An adviser has offered to help you.");
        assertThat(page(w.parent(), support)).contains("Let Ada Adviser join your team?");

        MvcResult noAnswer = mvc.perform(post(support + "/" + referralId).with(fixtures.as(w.parent())).with(csrf())).andReturn();
        assertThat(noAnswer.getResponse().getContentAsString()).contains("Choose yes or no");
        assertThat(status(adviser, "/cases/" + w.ownCase())).isEqualTo(404);

        mvc.perform(post(support + "/" + referralId).param("answer-" + referralId, "yes").with(fixtures.as(w.parent())).with(csrf()))
                .andReturn();
        assertThat(status(adviser, "/cases/" + w.ownCase())).isEqualTo(200);
        assertThat(access.activeMembers(w.ownCase())).anyMatch(m -> m.personId().equals(adviser.id())
                && m.role() == CaseRole.SENDIASS_ADVISER);
        assertThat(audit.forCase(w.ownCase().value(), 50)).extracting(e -> e.subject()).contains(
                "Asked for independent support, consenting to share contact details and a case summary",
                "Independent support referral accepted", "Joined the case team with the family's agreement");
    }

    @Test
    void whenTheFamilySaysNoTheAdviserStaysOffTheTeam() throws Exception {
        World w = fixtures.world();
        Person adviser = adviserOfNewSendiass(w);
        setup.askForSupport(w.parent().id(), w.ownCase(), SupportChoice.SENDIASS, "pat@example.test", "");
        String referrals = page(adviser, "/referrals");
        String referralId = referrals.replaceAll(".*action=\"/referrals/([0-9a-f-]+)/accept\".*", "$1");
        mvc.perform(post("/referrals/" + referralId + "/accept").with(fixtures.as(adviser)).with(csrf())).andReturn();
        mvc.perform(post("/cases/" + w.ownCase() + "/independent-support/" + referralId).param("answer-" + referralId, "no")
                .with(fixtures.as(w.parent())).with(csrf())).andReturn();
        assertThat(status(adviser, "/cases/" + w.ownCase())).isEqualTo(404);
        assertThat(page(adviser, "/referrals")).contains("The family said no to Ada Adviser joining their team");
    }

    @Test
    void aFamilyWhoseCouncilHasNoSendiassOnCoplanIsToldNextToTheChoice() throws Exception {
        World w = fixtures.world();
        MvcResult r = mvc.perform(post("/cases/" + w.ownCase() + "/independent-support").param("support", "ADVOCATE")
                .param("contact", "by email").param("consent", "yes").with(fixtures.as(w.parent())).with(csrf())).andReturn();
        assertThat(r.getResponse().getContentAsString()).contains("id=\"support-error\"")
                .contains("Your council has no advocacy service on Coplan yet");
    }

    @Test
    void onlyAServicesOwnStaffSeeItsReferralsOrTakeThemOn() throws Exception {
        World w = fixtures.world();
        Person adviser = adviserOfNewSendiass(w);
        setup.askForSupport(w.parent().id(), w.ownCase(), SupportChoice.SENDIASS, "pat@example.test", "");
        String referralId = page(adviser, "/referrals").replaceAll(".*action=\"/referrals/([0-9a-f-]+)/accept\".*", "$1");
        for (Person p : java.util.List.of(w.sendiass(), w.coordinator(), w.parent(), w.outsider())) {
            assertThat(status(p, "/referrals")).as(p.displayName()).isEqualTo(404);
            assertThat(mvc.perform(post("/referrals/" + referralId + "/accept").with(fixtures.as(p)).with(csrf())).andReturn()
                    .getResponse().getStatus()).isEqualTo(404);
        }
    }

    @Test
    void theSupportChosenOnTheParticipationPageIsChosenToStartWith() throws Exception {
        World w = fixtures.world();
        fixtures.cases().participation(new org.coplan.cases.ParticipationChoices(w.parentMember().id(),
                org.coplan.cases.Involvement.ASKED_FOR_VIEWS, java.util.EnumSet.of(org.coplan.cases.ContactChannel.EMAIL), "English",
                false, null, java.util.EnumSet.of(SupportChoice.ADVOCATE), null, 0, null));
        String page = page(w.parent(), "/cases/" + w.ownCase() + "/independent-support");
        assertThat(page).containsPattern("value=\"ADVOCATE\" checked=\"checked\"").doesNotContain("value=\"SENDIASS\" checked");
    }
}
