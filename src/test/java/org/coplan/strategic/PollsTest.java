package org.coplan.strategic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.coplan.strategic.ForumWorld.Viewer;
import org.coplan.strategic.domain.Topic;
import org.coplan.strategic.internal.PollJobs;
import org.coplan.strategic.internal.Polls;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Polls through the pages and the real mail server: opening tells the members it is for by their
 * channel; each answers once and not after the close; nobody outside it may answer or look; results
 * stay hidden until the close when asked, and small numbers are never shown or derivable; reminders
 * reach only those who have not answered, once; the outcome needs its three parts and tells those
 * who took part; the public pages show closed polls only.
 */
class PollsTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Polls polls;

    @Autowired
    PollJobs jobs;

    ForumWorld world;
    Person officer;
    Person member;
    UUID forum;

    @BeforeEach
    void setUp() {
        world = ForumWorld.make(fixtures, jdbc);
        officer = world.person(Viewer.FORUM_OFFICER);
        member = world.person(Viewer.FORUM_MEMBER);
        forum = world.forum().id().value();
    }

    /** A verified member with the given topics and channel. */
    Person joined(String name, String topics, String mobile) {
        Person p = fixtures.person(name);
        jdbc.sql("""
                insert into forum_member (id, forum_id, person_id, email, display_name, topics, channel, mobile, status, joined_at, verified_at)
                values (?, ?, ?, ?, ?, ?::text[], ?, ?, 'MEMBER', now(), now())""")
                .params(UUID.randomUUID(), forum, p.id().value(), p.email(), name, topics, mobile == null ? "EMAIL" : "TEXT", mobile)
                .update();
        fixtures.people().addStaffRole(p.id(), world.forum().id(), StaffRole.FORUM_MEMBER);
        return p;
    }

    List<Person> members(int n) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people.add(ForumWorld.member(fixtures, jdbc, world.forum(), "Parent " + i, "MEMBER"));
        }
        return people;
    }

    String question(UUID poll) {
        return "q" + polls.poll(poll).questions().getFirst().id();
    }

    @Test
    void anOfficerWritesAndOpensAPollThroughTheFormAndItsAudienceIsToldByTheirChannel() throws Exception {
        Person transportOnly = joined("Travel Parent", "{TRANSPORT}", null);
        Person ehc = joined("Plans Parent", "{EHC_PLANS}", null);
        Person texter = joined("Text Parent", "{}", "+447700900123");
        Instant closes = clock.instant().plus(Duration.ofDays(3));
        var at = closes.atZone(org.coplan.shared.ClockConfiguration.ZONE);
        String location = mvc.perform(post("/forum/polls/new").with(csrf()).with(fixtures.as(officer))
                        .param("forum", forum.toString()).param("consultation", "false")
                        .param("title", "Plans reviews").param("p0q0text", "Was your plan reviewed on time?").param("p0q0kind", "SINGLE")
                        .param("p0q0options", "Yes\nNo\nNot sure").param("topic", "EHC_PLANS")
                        .param("closesDay", "" + at.getDayOfMonth()).param("closesMonth", "" + at.getMonthValue()).param("closesYear", "" + at.getYear())
                        .param("closesTime", "5pm").param("anonymous", "no").param("resultsHidden", "no").param("rung", "CONSULTING"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(TestMail.to(ehc.email())).isEmpty();
        mvc.perform(post("/forum/polls/{id}/open", id).with(csrf()).with(fixtures.as(officer))).andExpect(status().is3xxRedirection());

        assertThat(TestMail.to(ehc.email())).hasSize(1);
        assertThat(TestMail.body(TestMail.to(ehc.email()).getFirst())).contains("Plans reviews").contains("/forum/polls/" + id);
        assertThat(TestMail.to(member.email())).as("chose no topic, so everything").hasSize(1);
        assertThat(TestMail.to(transportOnly.email())).as("chose only travel").isEmpty();
        assertThat(TestMail.to(texter.email())).as("chose texts").isEmpty();
        assertThat(jdbc.sql("select count(*) from outbound_message where phone = '+447700900123'").query(Long.class).single()).isEqualTo(1);
        assertThat(TestMail.to(world.person(Viewer.REMOVED_MEMBER).email())).isEmpty();
        // outside the audience: not found
        mvc.perform(get("/forum/polls/{id}", id).with(fixtures.as(transportOnly))).andExpect(status().isNotFound());
    }

    @Test
    void theFormKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
        String page = mvc.perform(post("/forum/polls/new").with(csrf()).with(fixtures.as(officer)).param("forum", forum.toString())
                        .param("title", "Half written").param("p0q0kind", "SINGLE").param("p0q0options", "Only one")
                        .param("closesDay", "1").param("closesMonth", "1").param("closesYear", "2020").param("closesTime", "10:00"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("Enter the question").contains("Enter between 2 and 10 answers")
                .contains("must be in the future").contains("Choose the rung").contains("value=\"Half written\"");
    }

    @Test
    void aMemberAnswersOnceAndASecondAnswerIsRefused() throws Exception {
        UUID id = PollMaker.open(polls, fixtures, officer, forum, "Evenings", false, false, null, clock.instant());
        mvc.perform(post("/forum/polls/{id}", id).with(csrf()).with(fixtures.as(member)).param(question(id), "0"))
                .andExpect(status().is3xxRedirection());
        String again = mvc.perform(post("/forum/polls/{id}", id).with(csrf()).with(fixtures.as(member)).param(question(id), "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("You have already answered this");
        assertThat(polls.answerCount(id)).isEqualTo(1);
        assertThat(jdbc.sql("select choices[1] from poll_answer a join poll_response r on r.id = a.response_id where r.poll_id = ?")
                .param(id).query(Integer.class).single()).as("the first answer stands").isZero();
    }

    @Test
    void aMemberSeesWhatTheyAnsweredUnlessThePollIsAnonymous() throws Exception {
        UUID named = PollMaker.open(polls, fixtures, officer, forum, "Evenings", false, false, null, clock.instant());
        UUID secret = PollMaker.open(polls, fixtures, officer, forum, "Mornings", true, false, null, clock.instant());
        for (UUID id : List.of(named, secret)) {
            mvc.perform(post("/forum/polls/{id}", id).with(csrf()).with(fixtures.as(member)).param(question(id), "1"))
                    .andExpect(status().is3xxRedirection());
        }
        String namedPage = mvc.perform(get("/forum/polls/{id}", named).with(fixtures.as(member)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(namedPage).contains("What you answered is shown below")
                .containsPattern("value=\"1\"[^>]*checked=\"checked\"").doesNotContainPattern("value=\"0\"[^>]*checked");
        String secretPage = mvc.perform(get("/forum/polls/{id}", secret).with(fixtures.as(member)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(secretPage).contains("cannot be shown to you again").doesNotContain("checked=\"checked\"");
        String otherPage = mvc.perform(get("/forum/polls/{id}", named).with(fixtures.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(otherPage).as("the officer has not answered: nothing of the member's is shown").doesNotContain("checked=\"checked\"");
    }

    @Test
    void anAnswerAfterTheCloseIsRefusedAndWhatWasTypedIsShownBack() throws Exception {
        UUID id = polls.create(fixtures.signedIn(officer), forum, false, "Words", "", null, clock.instant().plus(Duration.ofHours(2)), false, false,
                org.coplan.strategic.domain.Rung.CONSULTING, List.of(new org.coplan.strategic.domain.PollRules.PartDraft("", List.of(
                        new org.coplan.strategic.domain.PollRules.QuestionDraft("What would help?", org.coplan.strategic.domain.QuestionKind.FREE_TEXT,
                                List.of(), null, null)))));
        polls.open(fixtures.signedIn(officer), id);
        clock.advance(Duration.ofHours(3));
        String page = mvc.perform(post("/forum/polls/{id}", id).with(csrf()).with(fixtures.as(member)).param(question(id), "Shorter meetings please"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sorry, this closed on").contains("Shorter meetings please");
        assertThat(polls.answerCount(id)).isZero();
        clock.advance(Duration.ofHours(-3));
        String tooLong = mvc.perform(post("/forum/polls/{id}", id).with(csrf()).with(fixtures.as(member)).param(question(id), "x".repeat(2_001)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("must be 2000 characters or fewer").contains("It is 2001 characters now");
        assertThat(polls.answerCount(id)).isZero();
    }

    @Test
    void theUnverifiedTheRemovedAndOtherAreasMayNotAnswerOrLook() throws Exception {
        Person waiting = fixtures.person("Waiting Parent");
        jdbc.sql("""
                insert into forum_member (id, forum_id, person_id, email, display_name, channel, status, joined_at)
                values (?, ?, ?, ?, 'Waiting Parent', 'EMAIL', 'WAITING', now())""")
                .params(UUID.randomUUID(), forum, waiting.id().value(), waiting.email()).update();
        UUID id = PollMaker.open(polls, fixtures, officer, forum, "Evenings", false, false, null, clock.instant());
        for (Person p : List.of(waiting, world.person(Viewer.REMOVED_MEMBER), world.person(Viewer.OTHER_AREA_MEMBER),
                world.person(Viewer.OTHER_AREA_OFFICER), world.person(Viewer.CASE_PARENT))) {
            mvc.perform(post("/forum/polls/{id}", id).with(csrf()).with(fixtures.as(p)).param(question(id), "0")).andExpect(status().isNotFound());
            mvc.perform(get("/forum/polls/{id}/results", id).with(fixtures.as(p))).andExpect(status().isNotFound());
        }
        assertThat(polls.answerCount(id)).isZero();
        // the authority's officer sees the poll but does not answer for parents
        mvc.perform(post("/forum/polls/{id}", id).with(csrf()).with(fixtures.as(world.person(Viewer.SEN_MANAGER))).param(question(id), "0"))
                .andExpect(status().isNotFound());
    }

    @Test
    void hiddenResultsWaitForTheCloseAndSmallNumbersAreNeverShownOrDerivable() throws Exception {
        List<Person> parents = members(11);
        UUID id = PollMaker.open(polls, fixtures, officer, forum, "Hidden", true, true, null, clock.instant());
        // 9 yes, 3 no (with the world's member): "no" is small, and "yes" would give it away as 12 - 9
        for (int i = 0; i < 9; i++) {
            PollMaker.answer(polls, fixtures, parents.get(i), id, 0);
        }
        PollMaker.answer(polls, fixtures, parents.get(9), id, 1);
        PollMaker.answer(polls, fixtures, parents.get(10), id, 1);
        PollMaker.answer(polls, fixtures, member, id, 1);

        String before = mvc.perform(get("/forum/polls/{id}/results", id).with(fixtures.as(member))).andReturn().getResponse().getContentAsString();
        assertThat(before).contains("The results will be shown on").doesNotContain("fewer than 5");
        String officers = mvc.perform(get("/forum/polls/{id}/results", id).with(fixtures.as(officer))).andReturn().getResponse().getContentAsString();
        assertThat(officers).contains("12 members have answered so far").doesNotContain("fewer than 5");

        clock.advance(Duration.ofDays(8));
        String after = mvc.perform(get("/forum/polls/{id}/results", id).with(fixtures.as(member))).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("12 people answered").contains("fewer than 5").doesNotContain(">9<").doesNotContain(">3<");
        String pub = mvc.perform(get("/area/{la}/polls/{id}", world.la().id().value(), id)).andReturn().getResponse().getContentAsString();
        assertThat(pub).contains("fewer than 5").doesNotContain(">9<").doesNotContain(">3<");
        // anonymous: the answers carry no person and no time
        assertThat(jdbc.sql("select count(*) from poll_response where poll_id = ? and (person_id is not null or answered_at is not null)")
                .param(id).query(Long.class).single()).isZero();
    }

    @Test
    void remindersGoOnlyToThoseWhoHaveNotAnsweredAndOnlyOnce() throws Exception {
        List<Person> parents = members(3);
        UUID id = PollMaker.open(polls, fixtures, officer, forum, "Reminded", false, false, null, clock.instant());
        PollMaker.answer(polls, fixtures, parents.get(0), id, 0);
        PollMaker.answer(polls, fixtures, member, id, 0);
        mvc.perform(post("/forum/polls/{id}/remind", id).with(csrf()).with(fixtures.as(officer))).andExpect(status().is3xxRedirection());
        assertThat(reminders(parents.get(0))).as("answered").isZero();
        assertThat(reminders(member)).as("answered").isZero();
        assertThat(reminders(parents.get(1))).isEqualTo(1);
        assertThat(reminders(parents.get(2))).isEqualTo(1);
        assertThat(TestMail.body(TestMail.to(parents.get(1).email()).getLast())).contains("You have not answered").contains("/forum/polls/" + id);
        String page = mvc.perform(get("/forum/polls/{id}", id).with(fixtures.as(officer))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Reminder sent to 2 members");

        // the job, a day before the close: nobody is reminded twice, and a new non-answerer gets one
        Person late = ForumWorld.member(fixtures, jdbc, world.forum(), "Late Joiner", "MEMBER");
        clock.advance(Duration.ofDays(6).plusHours(1));
        jobs.remindClosingSoon();
        jobs.remindClosingSoon();
        assertThat(reminders(parents.get(1))).isEqualTo(1);
        assertThat(reminders(late)).isEqualTo(1);
        assertThat(reminders(parents.get(0))).isZero();
    }

    private long reminders(Person p) {
        return TestMail.to(p.email()).stream().filter(m -> TestMail.body(m).contains("You have not answered")).count();
    }

    @Test
    void anOutcomeNeedsItsThreePartsAndTellsThoseWhoAnswered() throws Exception {
        List<Person> parents = members(2);
        UUID id = PollMaker.open(polls, fixtures, officer, forum, "Decided", false, false, null, clock.instant());
        PollMaker.answer(polls, fixtures, parents.get(0), id, 0);
        mvc.perform(post("/forum/polls/{id}/close", id).with(csrf()).with(fixtures.as(officer))).andExpect(status().is3xxRedirection());
        int version = polls.poll(id).version();
        String errors = mvc.perform(post("/forum/polls/{id}/outcome", id).with(csrf()).with(fixtures.as(officer)).param("version", "" + version)
                        .param("reviewDay", "1").param("reviewMonth", "1").param("reviewYear", "2020"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("Enter what was decided").contains("Enter who decided").contains("must be after today");
        mvc.perform(post("/forum/polls/{id}/outcome", id).with(csrf()).with(fixtures.as(officer)).param("version", "" + version)
                        .param("decided", "Meetings move to 7pm").param("decidedBy", "The co-production board")
                        .param("reviewDay", "1").param("reviewMonth", "6").param("reviewYear", "2027"))
                .andExpect(status().is3xxRedirection());
        assertThat(TestMail.to(parents.get(0).email()).getLast().getSubject()).contains("what was decided");
        assertThat(TestMail.body(TestMail.to(parents.get(0).email()).getLast())).contains("Meetings move to 7pm")
                .contains("/area/" + world.la().id().value() + "/polls/" + id);
        assertThat(TestMail.to(parents.get(1).email()).stream().filter(m -> TestMail.body(m).contains("Meetings move"))).as("did not answer").isEmpty();
        String pub = mvc.perform(get("/area/{la}/polls", world.la().id().value())).andReturn().getResponse().getContentAsString();
        assertThat(pub).contains("Decided").contains("Meetings move to 7pm").contains("The co-production board").contains("1 June 2027").contains("Consulting");
    }

    @Test
    void thePublicPagesShowClosedPollsOnly() throws Exception {
        UUID open = PollMaker.open(polls, fixtures, officer, forum, "Still open poll", false, false, null, clock.instant());
        UUID draft = PollMaker.draft(polls, fixtures, officer, forum, "Draft poll", false, false, null, clock.instant());
        UUID closed = PollMaker.closed(polls, fixtures, officer, forum, "Closed poll", clock.instant());
        UUID la = world.la().id().value();
        String list = mvc.perform(get("/area/{la}/polls", la)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Closed poll").doesNotContain("Still open poll").doesNotContain("Draft poll");
        mvc.perform(get("/area/{la}/polls/{id}", la, open)).andExpect(status().isNotFound());
        mvc.perform(get("/area/{la}/polls/{id}", la, draft)).andExpect(status().isNotFound());
        mvc.perform(get("/area/{la}/polls/{id}", la, closed)).andExpect(status().isOk());
        mvc.perform(get("/area/{la}/polls/{id}", world.otherLa().id().value(), closed)).andExpect(status().isNotFound());
        // and it closes by the clock, with no job
        clock.advance(Duration.ofDays(8));
        mvc.perform(get("/area/{la}/polls/{id}", la, open)).andExpect(status().isOk());
    }

    @Test
    void theForumPageListsPollsToAnswerAndTheOfficersWork() throws Exception {
        UUID id = PollMaker.open(polls, fixtures, officer, forum, "Panel poll", false, false, null, clock.instant());
        PollMaker.draft(polls, fixtures, officer, forum, "Panel draft", false, false, null, clock.instant());
        String memberPage = mvc.perform(get("/forum").with(fixtures.as(member))).andReturn().getResponse().getContentAsString();
        assertThat(memberPage).contains("Answer: Panel poll").doesNotContain("Panel draft");
        PollMaker.answer(polls, fixtures, member, id, 0);
        assertThat(mvc.perform(get("/forum").with(fixtures.as(member))).andReturn().getResponse().getContentAsString()).doesNotContain("Answer: Panel poll");
        String officerPage = mvc.perform(get("/forum").with(fixtures.as(officer))).andReturn().getResponse().getContentAsString();
        assertThat(officerPage).contains("Draft: Panel draft").contains("Open: Panel poll (1 answered so far").contains("Write a poll");
    }

    @Test
    void theForumPageCostsTheSameForAMemberWithOneClosedPollOrSix() throws Exception {
        PollMaker.closed(polls, fixtures, officer, forum, "Closed 0", clock.instant());
        UUID open = PollMaker.open(polls, fixtures, officer, forum, "Still open", false, false, Topic.TRANSPORT, clock.instant());
        int one = statements.oneRequest(() -> mvc.perform(get("/forum").with(fixtures.as(member)))).count();
        for (int i = 1; i < 6; i++) {
            PollMaker.closed(polls, fixtures, officer, forum, "Closed " + i, clock.instant());
        }
        String page = mvc.perform(get("/forum").with(fixtures.as(member))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Closed: Closed 0").contains("Closed: Closed 5").contains("Answer: Still open");
        assertThat(statements.oneRequest(() -> mvc.perform(get("/forum").with(fixtures.as(member)))).count())
                .as("not a query per poll").isEqualTo(one);
        PollMaker.answer(polls, fixtures, member, open, 0);
        assertThat(mvc.perform(get("/forum").with(fixtures.as(member))).andReturn().getResponse().getContentAsString())
                .doesNotContain("Answer: Still open");
    }
}
