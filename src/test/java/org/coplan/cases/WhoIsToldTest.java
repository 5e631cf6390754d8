package org.coplan.cases;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEvent;
import org.coplan.audit.AuditLog;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.MeetingFixtures;
import org.coplan.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

/**
 * Who is told about a case, and who may act on it, follow the same access policy as the pages: a
 * young person's choice about their parents reaches meeting invitations, calendar files and every
 * write, and the audit trail says who was refused and in which role people looked.
 * The test clock starts on Monday 23 November 2026 at 10:00.
 */
class WhoIsToldTest extends IntegrationTest {

    /** 17 on the test clock's start date: a young person since the end of June 2025. */
    static final LocalDate YOUNG_PERSON_BORN = LocalDate.of(2009, 3, 1);


    @Autowired
    AuditLog audit;

    @Autowired
    MeetingFixtures meetingFixtures;

    private static String text(MockHttpServletResponse r) throws Exception {
        return HtmlUtils.htmlUnescape(r.getContentAsString());
    }

    private static MockHttpServletRequestBuilder arrange(World w, UUID... attendees) {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post("/cases/" + w.ownCase() + "/meetings/new")
                .param("title", "Planning").param("kind", "PLANNING").param("mode", "ONLINE").param("place", "https://meet.example/xyz")
                .param("day", "14", "", "").param("month", "12", "", "").param("year", "2026", "", "")
                .param("start", "10:00", "", "").param("length", "60", "", "");
        for (UUID a : attendees) {
            b.param("attendees", a.toString());
        }
        return b;
    }

    private World youngPersonWorld(ParentAccessChoice choice) {
        World w = fixtures.world(YOUNG_PERSON_BORN);
        fixtures.cases().parentAccess(w.ownCase(), choice);
        return w;
    }

    private static boolean hasCalendarFile(MimeMessage message) throws Exception {
        if (!(message.getContent() instanceof Multipart parts)) {
            return false;
        }
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if ("meeting.ics".equals(part.getFileName())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aParentWhoseYoungPersonSaidTheyCannotSeeTheRecordIsNeitherOfferedNorInvitedNorMailed() throws Exception {
        World w = youngPersonWorld(ParentAccessChoice.NONE);
        String parentOption = w.parent().displayName() + " (Parent or carer)";

        String form = text(getAs(w.coordinator(), "/cases/" + w.ownCase() + "/meetings/new"));
        assertThat(form).doesNotContain(parentOption).doesNotContain("value=\"" + w.parentMember().id() + "\"")
                .contains(w.child().displayName() + " (Child or young person)")
                .contains(w.parent().displayName() + " is not listed: Kit has said their parents and carers cannot see their record.");

        // choosing them anyway (an old form, a crafted request) is refused like anyone not on the team
        MockHttpServletResponse refused = postAs(w.coordinator(), arrange(w, w.parentMember().id(), w.childMember().id()));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(text(refused)).contains("Choose only people on the team");

        MockHttpServletResponse arranged = postAs(w.coordinator(), arrange(w, w.childMember().id()));
        assertThat(arranged.getStatus()).isEqualTo(302);
        assertThat(TestMail.to(w.parent().email())).as("no invitation, joining link or calendar file for the parent").isEmpty();
        List<MimeMessage> toChild = TestMail.to(w.child().email());
        assertThat(toChild).hasSize(1);
        assertThat(hasCalendarFile(toChild.get(0))).isTrue();
    }

    @org.springframework.beans.factory.annotation.Autowired
    CaseNotices caseNotices;

    /** Every message told through CaseNotices (answers, contributions, disagreements, actions, "you said, we did") follows the policy. */
    @Test
    void caseNoticesNeverReachAParentWhoseYoungPersonSaidTheyCannotSeeTheRecord() throws Exception {
        World w = youngPersonWorld(ParentAccessChoice.NONE);
        assertThat(caseNotices.tell(w.ownCase(), w.parent().id(), "email.answered.subject", "email.answered.body",
                List.of("Cora Coordinator"), "/cases/" + w.ownCase())).isFalse();
        assertThat(caseNotices.tell(w.ownCase(), t -> t.role().isFamily(), "email.disagreementRaised.subject",
                "email.disagreementRaised.body", List.of("Cora Coordinator"), "/cases/" + w.ownCase())).isEqualTo(1);
        assertThat(TestMail.to(w.parent().email())).isEmpty();
        assertThat(TestMail.to(w.child().email())).hasSize(1);
        assertThat(caseNotices.tell(w.ownCase(), w.child().id(), "email.answered.subject", "email.answered.body",
                List.of("Cora Coordinator"), "/cases/" + w.ownCase())).isTrue();
        assertThat(TestMail.to(w.child().email())).hasSize(2);
    }

    @Test
    void aViewOnlyParentIsInvitedButCannotReplyRaiseADisagreementContributeOrComment() throws Exception {
        World w = youngPersonWorld(ParentAccessChoice.VIEW_ONLY);

        String form = text(getAs(w.coordinator(), "/cases/" + w.ownCase() + "/meetings/new"));
        assertThat(form).contains(w.parent().displayName() + " (Parent or carer)")
                .contains("Kit has chosen that their parents and carers can see the record but not change it. They will be invited, but cannot reply in Coplan.");
        MockHttpServletResponse arranged = postAs(w.coordinator(), arrange(w, w.parentMember().id(), w.childMember().id()));
        assertThat(arranged.getStatus()).isEqualTo(302);
        String meetingPath = arranged.getRedirectedUrl();

        // told: the invitation and its calendar file, saying they cannot reply in Coplan
        List<MimeMessage> toParent = TestMail.to(w.parent().email());
        assertThat(toParent).hasSize(1);
        assertThat(hasCalendarFile(toParent.get(0))).isTrue();

        // but cannot act: no reply form, and a reply is refused
        String page = text(getAs(w.parent(), meetingPath));
        assertThat(page).contains("Planning").doesNotContain("Send reply");
        assertThat(postAs(w.parent(), MockMvcRequestBuilders.post(meetingPath + "/reply").param("reply", "ATTENDING")).getStatus()).isEqualTo(404);
        assertThat(text(getAs(w.child(), meetingPath))).contains("Send reply");
        assertThat(postAs(w.child(), MockMvcRequestBuilders.post(meetingPath + "/reply").param("reply", "ATTENDING")).getStatus()).isEqualTo(302);

        // no disagreement raised: neither the button nor the form, and a crafted post is refused
        assertThat(text(getAs(w.parent(), "/cases/" + w.ownCase() + "/disagreements"))).doesNotContain("Raise a disagreement");
        assertThat(getAs(w.parent(), "/cases/" + w.ownCase() + "/disagreements/new").getStatus()).isEqualTo(404);
        assertThat(postAs(w.parent(), MockMvcRequestBuilders.post("/cases/" + w.ownCase() + "/disagreements")
                .param("subjectKind", "OTHER").param("aboutText", "Transport").param("disagreeWith", "We disagree.")).getStatus()).isEqualTo(404);
        assertThat(text(getAs(w.parent(), "/cases/" + w.ownCase() + "/disagreements"))).doesNotContain("We disagree.");

        // no contribution or comment on a plan
        var plans = planFixtures.build(w.ownCase(), w.coordinator(), w.senco(), w.child());
        String v2 = "/cases/" + w.ownCase() + "/plans/" + plans.ehcPlan() + "/versions/2/sections/f";
        assertThat(postAs(w.parent(), MockMvcRequestBuilders.post(v2 + "/contribute").param("kind", "PARENT_CARER_VIEW")
                .param("body", "More speech therapy.")).getStatus()).isEqualTo(404);
        assertThat(postAs(w.parent(), MockMvcRequestBuilders.post(v2 + "/comments").param("body", "A comment.")).getStatus()).isEqualTo(404);

        // and what is theirs stays theirs: their own participation choices
        assertThat(postAs(w.parent(), MockMvcRequestBuilders.post("/cases/" + w.ownCase() + "/participation")
                .param("involvement", "KEPT_INFORMED").param("channels", "EMAIL").param("language", "English").param("interpreter", "no")
                .param("version", "-1")).getStatus()).isEqualTo(302);
    }

    @Test
    void aRefusedRequestIsRecordedForTheFamilyAndLeadsButNotShownToWhoeverWasRefused() throws Exception {
        World w = fixtures.world();
        long before = audit.countForCase(w.ownCase().value());

        assertThat(getAs(w.outsider(), "/cases/" + w.ownCase()).getStatus()).isEqualTo(404);
        assertThat(getAs(w.parent(), "/cases/" + w.ownCase() + "/details").getStatus()).isEqualTo(404);
        UUID noCase = UUID.randomUUID();
        assertThat(getAs(w.parent(), "/cases/" + noCase).getStatus()).isEqualTo(404);

        List<AuditEvent> refused = audit.forCase(w.ownCase().value(), 100).stream()
                .filter(e -> e.action() == AuditAction.REFUSED).toList();
        assertThat(refused).extracting(AuditEvent::actorId)
                .containsExactlyInAnyOrder(w.outsider().id().value(), w.parent().id().value());
        assertThat(refused).extracting(AuditEvent::actorRole).containsExactlyInAnyOrder("NO_ACCESS", "PARENT_CARER");
        assertThat(audit.countForCase(noCase)).as("an address that is no case records nothing").isZero();
        assertThat(audit.countForCase(w.ownCase().value())).isEqualTo(before + 2);

        String leadSees = text(getAs(w.coordinator(), "/cases/" + w.ownCase() + "/record-views"));
        assertThat(leadSees).contains(w.outsider().displayName()).contains("No access to this case")
                .contains("Asked for a page they may not see: the case")
                .contains("Asked for a page they may not see: changing the case details");

        String parentSees = text(getAs(w.parent(), "/cases/" + w.ownCase() + "/record-views"));
        assertThat(parentSees).contains("Asked for a page they may not see: the case")
                .as("the parent's own refusal is not shown back to them")
                .doesNotContain("Asked for a page they may not see: changing the case details");
    }

    @Test
    void anSenManagerIsRecordedAsSenManagerAndKeepsWhatTheyMayDo() throws Exception {
        World w = fixtures.world();
        assertThat(getAs(w.manager(), "/cases/" + w.ownCase()).getStatus()).isEqualTo(200);
        assertThat(getAs(w.coordinator(), "/cases/" + w.ownCase()).getStatus()).isEqualTo(200);

        List<AuditEvent> views = audit.forCase(w.ownCase().value(), 100).stream()
                .filter(e -> e.action() == AuditAction.VIEWED).toList();
        assertThat(views).filteredOn(e -> w.manager().id().value().equals(e.actorId()))
                .isNotEmpty().allSatisfy(e -> assertThat(e.actorRole()).isEqualTo("SEN_MANAGER"));
        assertThat(views).filteredOn(e -> w.coordinator().id().value().equals(e.actorId()))
                .isNotEmpty().allSatisfy(e -> assertThat(e.actorRole()).isEqualTo("EHC_COORDINATOR"));

        String page = text(getAs(w.parent(), "/cases/" + w.ownCase() + "/record-views"));
        assertThat(page).containsPattern(w.manager().displayName() + "</span><br>\\s*<span class=\"govuk-body-s\">SEN manager");

        // what an SEN manager may do is unchanged: they still write an EHC plan
        assertThat(getAs(w.manager(), "/cases/" + w.ownCase() + "/details").getStatus()).isEqualTo(200);
    }
}
