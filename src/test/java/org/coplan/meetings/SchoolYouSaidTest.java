package org.coplan.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.ChildCase;
import org.coplan.people.Person;
import org.coplan.plans.domain.ContributionKind;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.domain.ResponseOutcome;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.internal.Contributions;
import org.coplan.plans.internal.PlanContext;
import org.coplan.plans.internal.PlanWork;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.PlanFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

/**
 * A school's "you said, we did" through the real HTTP stack: the SENCO reviews the figures (small
 * numbers hidden), writes statements (names refused), publishes, and anyone reads the result.
 * The test clock starts on 23 November 2026, in the 2026 to 2027 school year.
 */
class SchoolYouSaidTest extends IntegrationTest {

    @Autowired
    org.coplan.plans.internal.AnsweringContribution answering;

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseAccess cases;

    @Autowired
    PlanWork planWork;

    @Autowired
    Contributions contributions;

    @Override
    protected MockHttpServletResponse getAs(Person who, String path) throws Exception {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.get(path);
        return mvc.perform(who == null ? b : b.with(user(fixtures.signedIn(who)))).andReturn().getResponse();
    }

    @Override
    protected MockHttpServletResponse postAs(Person who, String path, String... params) throws Exception {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post(path).with(user(fixtures.signedIn(who))).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            b.param(params[i], params[i + 1]);
        }
        return mvc.perform(b).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse r) throws Exception {
        return HtmlUtils.htmlUnescape(r.getContentAsString()).replaceAll("\\s+", " ");
    }

    /** The number in a figure's row, as the page shows it. */
    private static String figure(String page, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + "</th> <td[^>]*>([^<]*)</td>").matcher(page);
        assertThat(m.find()).as("a row for '" + label + "'").isTrue();
        return m.group(1).strip();
    }

    private static String stamp(String page) {
        Matcher m = Pattern.compile("name=\"stamp\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theSencoPublishesFiguresAndStatementsWithoutNamesForAnyoneToRead() throws Exception {
        World w = fixtures.world();
        ChildCase child = cases.child(w.ownCase()).orElseThrow();
        String draft = "/schools/" + w.school().id().value() + "/you-said-we-did";
        String published = draft + "/published";

        // The parent's contribution to section B (from the fixture), and five to section F, of which four are put in the plan.
        PlanFixtures.Plans plans = planFixtures.build(w.ownCase(), w.coordinator(), w.senco(), w.parent());
        for (int i = 1; i <= 5; i++) {
            UUID id = planWork.contribute(planFixtures.open(w.parent(), w.ownCase(), plans.ehcPlan(), 2, PlanAction.CONTRIBUTE),
                    SectionCode.F, ContributionKind.PARENT_CARER_VIEW, "Support idea " + i, null).id();
            if (i <= 4) {
                PlanContext v2 = planFixtures.open(w.coordinator(), w.ownCase(), plans.ehcPlan(), 2, PlanAction.WRITE);
                answering.answer(v2, contributions.find(v2.version().id(), id).orElseThrow(), ResponseOutcome.INCLUDED, null);
            }
        }

        // Only the school's SENCO opens the draft; nothing is published yet.
        assertThat(getAs(w.coordinator(), draft).getStatus()).isEqualTo(404);
        assertThat(getAs(w.parent(), draft).getStatus()).isEqualTo(404);
        assertThat(getAs(null, published).getStatus()).isEqualTo(404);
        assertThat(getAs(w.senco(), "/you-said-we-did").getRedirectedUrl()).isEqualTo(draft);

        String page = text(getAs(w.senco(), draft));
        assertThat(page).contains("2026 to 2027 school year", "Nothing has been published yet.");
        assertThat(figure(page, "Contributions made")).isEqualTo("6");
        assertThat(figure(page, "Put into the plan, with or without changes")).isEqualTo("hidden");
        assertThat(figure(page, "Still waiting for an answer")).isEqualTo("hidden");
        assertThat(figure(page, "Not put into the plan, with a reason given")).isEqualTo("0");
        // Section B's one contribution is hidden, and so is F's five: otherwise 6 - 5 would give B away.
        assertThat(figure(page, "Section B: Special educational needs")).isEqualTo("hidden");
        assertThat(figure(page, "Section F: Special educational provision")).isEqualTo("hidden");
        assertThat(page).contains("\"Hidden\" stands for a number from 1 to 4, or for a number hidden so that one from 1 to 4 cannot be worked out");

        // A statement naming the child is refused, and what was typed is kept.
        MockHttpServletResponse refused = postAs(w.senco(), draft + "/statements", "year", "2026",
                "youSaid", "Kit's mum said lunch was too loud.", "weDid", "We opened a quiet room.");
        assertThat(refused.getStatus()).isEqualTo(200);
        String refusedPage = text(refused);
        assertThat(refusedPage).contains("Take out Kit: this is the name of a child or family member at the school.",
                "Kit's mum said lunch was too loud.", "We opened a quiet room.");
        assertThat(text(postAs(w.senco(), draft + "/statements", "year", "2026", "youSaid", "", "weDid", "")))
                .contains("Enter what families said", "Enter what the school did");

        // Two statements, one withdrawn.
        assertThat(postAs(w.senco(), draft + "/statements", "year", "2026", "youSaid", "Families said lunch was too loud.",
                "weDid", "We opened a quiet room at lunch.").getStatus()).isEqualTo(302);
        assertThat(postAs(w.senco(), draft + "/statements", "year", "2026", "youSaid", "Parents asked for fewer meetings.",
                "weDid", "Nothing yet.").getStatus()).isEqualTo(302);
        String withStatements = text(getAs(w.senco(), draft));
        Matcher second = Pattern.compile("/statements/([0-9a-f-]{36})/withdraw").matcher(withStatements);
        assertThat(second.find()).isTrue();
        assertThat(second.find()).isTrue();
        String stale = stamp(withStatements);
        postAs(w.senco(), draft + "/statements/" + second.group(1) + "/withdraw", "year", "2026");

        // Publishing what the SENCO saw before the withdrawal is refused; publishing the current draft works.
        String refusedPublish = text(postAs(w.senco(), draft + "/publish", "year", "2026", "stamp", stale));
        assertThat(refusedPublish).contains("The figures or statements changed after you opened this page.");
        String current = stamp(text(getAs(w.senco(), draft)));
        assertThat(postAs(w.senco(), draft + "/publish", "year", "2026", "stamp", current).getRedirectedUrl()).isEqualTo(published);

        // Anyone reads it without signing in, with no names and the small numbers hidden.
        String publicPage = text(getAs(null, published));
        assertThat(publicPage).contains("You said, we did: " + w.school().name(), "Families said lunch was too loud.",
                "We opened a quiet room at lunch.", "2026 to 2027 school year");
        assertThat(publicPage).doesNotContain("Parents asked for fewer meetings.");
        assertThat(figure(publicPage, "Contributions made")).isEqualTo("6");
        assertThat(figure(publicPage, "Still waiting for an answer")).isEqualTo("hidden");
        assertThat(figure(publicPage, "Section F: Special educational provision")).isEqualTo("hidden");
        assertThat(publicPage).doesNotContain(child.givenName(), child.familyName(), w.parent().displayName(), w.senco().displayName());
        assertThat(text(getAs(w.senco(), draft))).contains("published on").contains("by " + w.senco().displayName());
    }
}
