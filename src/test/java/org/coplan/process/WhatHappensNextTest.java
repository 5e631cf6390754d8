package org.coplan.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.coplan.cases.CaseAccess;
import org.coplan.people.Person;
import org.coplan.process.domain.RequestSource;
import org.coplan.process.internal.ProcessWork;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.MeetingFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

/**
 * The case page opens with "What happens next": the soonest step from any module, its date, who is
 * responsible and how to contact them. The test clock's today is Monday 23 November 2026.
 */
class WhatHappensNextTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcessWork work;

    @Autowired
    CaseAccess access;

    @Autowired
    MeetingFixtures meetings;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    private String page(Person who) throws Exception {
        var r = mvc.perform(MockMvcRequestBuilders.get("/cases/" + w.ownCase()).with(fixtures.as(who))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        String html = HtmlUtils.htmlUnescape(r.getContentAsString());
        int from = html.indexOf("id=\"what-happens-next\"");
        assertThat(from).as("the page has a What happens next section").isPositive();
        return html.substring(from, html.indexOf("</section>", from)).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    @Test
    void afterARequestTheFamilySeesTheCouncilsDecisionDueAndTheCoordinatorToContact() throws Exception {
        new ProcessSteps(work, access, w.coordinator(), w.ownCase()).request(LocalDate.of(2026, 11, 2), RequestSource.PARENT);

        String next = page(w.parent());

        assertThat(next).contains("What happens next")
                .contains("The council decides whether to carry out an EHC needs assessment")
                .contains("By 14 December 2026")
                .contains("Who is responsible Cora Coordinator, EHC coordinator")
                .contains(w.coordinator().email());
    }

    @Test
    void aMeetingSoonerThanTheNextStatutoryStepComesFirstWithItsOrganiser() throws Exception {
        new ProcessSteps(work, access, w.coordinator(), w.ownCase()).request(LocalDate.of(2026, 11, 2), RequestSource.PARENT);
        meetings.build(w.coordinator(), w.ownCase(), null);

        String next = page(w.parent());

        assertThat(next).contains("Meeting: Planning").contains("On Monday 23 November 2026")
                .contains("Cora Coordinator, EHC coordinator").doesNotContain("decides whether to carry out");
    }

    @Test
    void withNothingOnADateThePageSaysSoRatherThanShowingNothing() throws Exception {
        String next = page(w.parent());

        assertThat(next).contains("Nothing is waiting on a date right now.");
    }

    @Test
    void theLeadSeesAFamilyMemberWhoChoseToBeInvolvedInDecisionsFallShortAtAMeeting() throws Exception {
        fixtures.cases().participation(new org.coplan.cases.ParticipationChoices(w.parentMember().id(),
                org.coplan.cases.Involvement.INVOLVED_IN_DECISIONS, java.util.EnumSet.of(org.coplan.cases.ContactChannel.EMAIL),
                "English", false, null, java.util.Set.of(), null, 0, null));
        meetings.build(w.coordinator(), w.ownCase(), null);

        var r = mvc.perform(MockMvcRequestBuilders.get("/cases/" + w.ownCase()).with(fixtures.as(w.coordinator()))).andReturn()
                .getResponse();
        String html = HtmlUtils.htmlUnescape(r.getContentAsString());
        String family = html.substring(html.indexOf("id=\"family-choices\"")).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");

        assertThat(family).contains("Involvement so far").contains("Less than chosen").contains("Meetings")
                .contains("0 of 1 at the level chosen.").contains("Most recent: told.");
    }
}
