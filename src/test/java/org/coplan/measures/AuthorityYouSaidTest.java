package org.coplan.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.coplan.shared.ClockConfiguration;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * The authority's "you said, we did" through the real HTTP stack: the SEN manager reviews the
 * area's figures for the last complete term, writes statements (names refused, concurrent changes
 * refused), publishes a dated snapshot, and anyone reads it. The test clock starts on 23 November
 * 2026, so the last complete term is the summer term 2026.
 */
class AuthorityYouSaidTest extends IntegrationTest {


    @Autowired
    JdbcClient jdbc;

    static String text(MockHttpServletResponse r) throws Exception {
        return HtmlUtils.htmlUnescape(r.getContentAsString()).replaceAll("\\s+", " ");
    }

    /** The figure and what it is drawn from, in the row for this label. */
    static String row(String page, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + "</span>\\s*</th>\\s*<td[^>]*>\\s*([^<]*?)\\s*</td>\\s*<td[^>]*>\\s*([^<]*?)\\s*</td>").matcher(page);
        assertThat(m.find()).as("a row for '" + label + "'").isTrue();
        return m.group(1).strip() + " / " + m.group(2).strip();
    }

    /** A survey answered by a person on a case, at a time; every statement but "contact" answered "informed"'s way. */
    static void answer(JdbcClient jdbc, UUID caseId, UUID person, Instant at, int informed, int contact, String words, boolean share) {
        UUID offer = UUID.randomUUID();
        jdbc.sql("""
                insert into confidence_offer (id, case_id, person_id, easy_read, moment, moment_key, token_hash, offered_at, expires_at, answered_at)
                values (?, ?, ?, false, 'PLAN_SENT', ?, ?, ?, ?, ?)""")
                .params(offer, caseId, person, "k-" + offer, offer.toString().replace("-", ""), java.sql.Timestamp.from(at.minusSeconds(60)),
                        java.sql.Timestamp.from(at.plusSeconds(86400)), java.sql.Timestamp.from(at))
                .update();
        jdbc.sql("""
                insert into confidence_answer (id, offer_id, case_id, easy_read, moment, answered_at, informed, contact, honest, listened, clear,
                    more_confident, may_share)
                values (?, ?, ?, false, 'PLAN_SENT', ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), offer, caseId, java.sql.Timestamp.from(at), informed, contact, informed, informed, informed, words, share)
                .update();
    }

    /** Another child in the area, so each answer comes from a different family. */
    UUID newCase(World w) {
        return fixtures.cases().openCase(w.senco().id(), org.coplan.cases.CaseRole.SENCO, "Chi", "Ld" + System.nanoTime(), null,
                LocalDate.of(2015, 3, 1), w.school().id(), w.localAuthority().id(), org.coplan.cases.Stage.SEN_SUPPORT).value();
    }

    static Instant on(LocalDate day) {
        return ZonedDateTime.of(day.atTime(12, 0), ClockConfiguration.ZONE).toInstant();
    }

    @Test
    void theSenManagerPublishesASnapshotThatAnyoneCanReadAndThatLaterFiguresDoNotChange() throws Exception {
        World w = fixtures.world();
        UUID la = w.localAuthority().id().value();
        String draft = "/authority/" + la + "/you-said-we-did";
        String publicList = "/you-said-we-did/authority/" + la;
        // six families answered in the summer term: all agree they are told what is happening; one does not know who to contact
        for (int i = 0; i < 6; i++) {
            answer(jdbc, newCase(w), UUID.randomUUID(), on(LocalDate.of(2026, 6, 1 + i)), 2, i == 0 ? 4 : 1, null, false);
        }
        // an answer this term does not count yet
        answer(jdbc, newCase(w), UUID.randomUUID(), on(LocalDate.of(2026, 10, 1)), 5, 5, null, false);

        // only the authority's SEN manager opens it
        Person otherManager = fixtures.staff("Other Manager", w.otherLocalAuthority(), StaffRole.SEN_MANAGER);
        assertThat(getAs(w.coordinator(), draft).getStatus()).isEqualTo(404);
        assertThat(getAs(w.senco(), draft).getStatus()).isEqualTo(404);
        assertThat(getAs(w.parent(), draft).getStatus()).isEqualTo(404);
        assertThat(getAs(otherManager, draft).getStatus()).isEqualTo(404);
        assertThat(postAs(w.coordinator(), draft + "/statements", "youSaid", "a", "weDid", "b").getStatus()).isEqualTo(404);
        assertThat(getAs(w.manager(), "/authority/" + UUID.randomUUID() + "/you-said-we-did").getStatus()).isEqualTo(404);

        String page = text(getAs(w.manager(), draft));
        assertThat(page).contains("Figures for the summer term 2026", "Nothing has been published yet.");
        assertThat(row(page, "I am told what is happening.")).isEqualTo("100% agree / 6 families");
        assertThat(row(page, "I know who to contact, and how.")).as("one person disagreed: hidden").isEqualTo("hidden / hidden");

        // statements naming a child or a family member are refused, with what was typed kept
        String refused = text(postAs(w.manager(), draft + "/statements", "youSaid", "Kit's family said letters were confusing.",
                "weDid", "We rewrote our letters."));
        assertThat(refused).contains("There is a problem",
                "Take out Kit: this is the name of a child or family member in the area.",
                "Kit's family said letters were confusing.", "We rewrote our letters.");
        String refusedFamily = text(postAs(w.manager(), draft + "/statements", "youSaid", "Families said letters were confusing.",
                "weDid", "We rang Pat to talk it through."));
        assertThat(refusedFamily).contains("Take out Pat: this is the name of a child or family member in the area.",
                "We rang Pat to talk it through.");
        assertThat(text(postAs(w.manager(), draft + "/statements", "youSaid", "", "weDid", "")))
                .contains("Enter what families said", "Enter what the council did");

        assertThat(postAs(w.manager(), draft + "/statements", "youSaid", "Families said letters were confusing.",
                "weDid", "We rewrote our letters in plain English.").getRedirectedUrl()).isEqualTo(draft + "#statements");
        String withStatement = text(getAs(w.manager(), draft));
        Matcher id = Pattern.compile("/statements/([0-9a-f-]{36})\"").matcher(withStatement);
        assertThat(id.find()).isTrue();
        String statement = draft + "/statements/" + id.group(1);

        // two managers change the statement at once: the second, based on the old version, is refused with both texts shown
        assertThat(text(getAs(w.manager(), statement))).contains("name=\"version\" value=\"1\"");
        assertThat(postAs(w.manager(), statement, "version", "1", "youSaid", "Families said our letters were confusing.",
                "weDid", "We rewrote our letters in plain English.").getStatus()).isEqualTo(302);
        MockHttpServletResponse conflict = postAs(otherManagerHere(w), statement, "version", "1",
                "youSaid", "Families said letters came too late.", "weDid", "We send letters a week earlier.");
        assertThat(conflict.getStatus()).isEqualTo(200);
        assertThat(text(conflict)).contains("changed this statement after you opened it", "Families said our letters were confusing.",
                "Families said letters came too late.", "name=\"version\" value=\"2\"");
        assertThat(jdbc.sql("select you_said from authority_statement where id = ?").param(UUID.fromString(id.group(1))).query(String.class).single())
                .isEqualTo("Families said our letters were confusing.");

        // a statement taken out while another manager changes it: their words are kept, to add again
        String second = postAs(w.manager(), draft + "/statements", "youSaid", "Families said meetings were at school pick-up time.",
                "weDid", "We hold meetings between ten and two.").getRedirectedUrl();
        assertThat(second).isEqualTo(draft + "#statements");
        Matcher ids = Pattern.compile("/statements/([0-9a-f-]{36})\"").matcher(text(getAs(w.manager(), draft)));
        ids.find();
        ids.find();
        String secondStatement = draft + "/statements/" + ids.group(1);
        postAs(w.manager(), secondStatement + "/withdraw");
        String gone = text(postAs(w.manager(), secondStatement, "version", "1", "youSaid", "Families said meetings clashed with pick-up.",
                "weDid", "We hold meetings between ten and two."));
        assertThat(gone).contains(w.manager().displayName() + " took this statement out after you opened it.",
                "Families said meetings clashed with pick-up.");

        // publish
        String stamp = stamp(text(getAs(w.manager(), draft)));
        assertThat(postAs(w.manager(), draft + "/publish", "stamp", stamp).getRedirectedUrl()).isEqualTo(publicList);
        assertThat(jdbc.sql("select count(*) from audit_event where actor_id = ? and action = 'SHARED'").param(w.manager().id().value())
                .query(Integer.class).single()).isEqualTo(1);

        // anyone reads it, without signing in, at its dated address
        String list = text(getAs(null, publicList));
        assertThat(list).contains("You said, we did: " + w.localAuthority().name(), "Published on 23 November 2026");
        String dated = publicList + "/2026-11-23";
        assertThat(getAs(null, publicList).getContentAsString()).contains(dated);
        String snapshot = text(getAs(null, dated));
        assertThat(snapshot).contains("Families said our letters were confusing.", "We rewrote our letters in plain English.",
                "Figures for the summer term 2026");
        assertThat(row(snapshot, "I am told what is happening.")).isEqualTo("100% agree / 6 families");
        assertThat(snapshot).doesNotContain("Kit", w.parent().displayName(), w.manager().displayName(), "pick-up");

        // later answers from the summer term change the figures on the draft, never the snapshot
        for (int i = 0; i < 5; i++) {
            answer(jdbc, newCase(w), UUID.randomUUID(), on(LocalDate.of(2026, 7, 1 + i)), 4, 1, null, false);
        }
        assertThat(row(text(getAs(w.manager(), draft)), "I am told what is happening.")).isEqualTo("55% agree / 11 families");
        assertThat(row(text(getAs(null, dated)), "I am told what is happening.")).isEqualTo("100% agree / 6 families");

        // publishing again the same day gets its own address; the stale stamp is refused
        assertThat(text(postAs(w.manager(), draft + "/publish", "stamp", stamp))).contains("The figures or statements changed after you opened this page.");
        postAs(w.manager(), draft + "/publish", "stamp", stamp(text(getAs(w.manager(), draft))));
        assertThat(getAs(null, dated + "-2").getStatus()).isEqualTo(200);
        assertThat(row(text(getAs(null, dated)), "I am told what is happening.")).isEqualTo("100% agree / 6 families");
        assertThat(getAs(null, dated + "-3").getStatus()).isEqualTo(404);
        assertThat(getAs(null, "/you-said-we-did/authority/" + w.school().id().value()).getStatus()).as("a school is not an authority").isEqualTo(404);
    }

    private Person otherManagerHere(World w) {
        return fixtures.staff("Second Manager", w.localAuthority(), StaffRole.SEN_MANAGER);
    }

    private static String stamp(String page) {
        Matcher m = Pattern.compile("name=\"stamp\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
