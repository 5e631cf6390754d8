package org.coplan.strategic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.Stage;
import org.coplan.people.OrganisationKind;
import org.coplan.people.Person;
import org.coplan.strategic.domain.ItemStatus;
import org.coplan.strategic.internal.Programme;
import org.coplan.strategic.internal.Themes;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * Themes from families' cases through the real HTTP stack: three families' marks raise one item to
 * the board with the number of families and no names; a staff mark counts only once the family
 * agrees, and stops counting when they withdraw; names in a new theme are refused; finishing the
 * item tells the families who agreed and shows what was done on the public page.
 */
class ThemesTest extends IntegrationTest {


    @Autowired
    JdbcClient jdbc;

    @Autowired
    Themes themes;

    @Autowired
    Programme programme;

    @Autowired
    org.coplan.cases.CaseAccess caseAccess;

    World w;
    CaseId second;
    CaseId third;
    Person secondParent;
    Person thirdParent;

    @BeforeEach
    void threeFamiliesInOneArea() {
        w = fixtures.world();
        fixtures.people().createOrganisation(OrganisationKind.FORUM, "Forum " + UUID.randomUUID(), w.localAuthority().id());
        second = fixtures.cases().openCase(w.coordinator().id(), CaseRole.EHC_COORDINATOR, "Lia", "Second" + UUID.randomUUID(), null,
                LocalDate.of(2015, 2, 3), w.school().id(), w.localAuthority().id(), Stage.ASSESSMENT);
        third = fixtures.cases().openCase(w.coordinator().id(), CaseRole.EHC_COORDINATOR, "Max", "Third" + UUID.randomUUID(), null,
                LocalDate.of(2014, 6, 7), w.school().id(), w.localAuthority().id(), Stage.ASSESSMENT);
        secondParent = fixtures.person("Rosa Second");
        thirdParent = fixtures.person("Tomas Third");
        fixtures.cases().addMember(second, secondParent.id(), CaseRole.PARENT_CARER);
        fixtures.cases().addMember(third, thirdParent.id(), CaseRole.PARENT_CARER);
    }

    @Test
    void aThemeMarkedOnThreeFamiliesCasesReachesTheBoardAsOneItemWithNoNames() throws Exception {
        MockHttpServletResponse made = postAs(w.parent(), "/cases/" + w.ownCase() + "/themes/new", "theme", "NEW",
                "title", "Waiting for speech and language therapy", "description", "Therapy starts months after the plan is issued",
                "scope", "AREA", "from", "OTHER", "note", "Still waiting since June");
        assertThat(made.getRedirectedUrl()).isEqualTo("/cases/" + w.ownCase() + "/themes");
        UUID theme = themeNamed("Waiting for speech and language therapy");
        assertThat(themes.weight(theme)).isEqualTo(1);
        assertThat(programme.itemForTheme(theme)).isEmpty();

        postAs(secondParent, "/cases/" + second + "/themes/new", "theme", theme.toString(), "from", "CONFIDENCE_WORDS");
        assertThat(programme.itemForTheme(theme)).as("two cases are below the threshold").isEmpty();
        // the officers see it is one case short, on the forum's home page and the list of themes
        assertThat(text(getAs(w.manager(), "/forum")))
                .contains("Themes from families' cases", "'Waiting for speech and language therapy': 2 of 3 cases needed to reach the board");
        assertThat(text(getAs(w.manager(), "/forum/themes"))).contains("Waiting for speech and language therapy", "Raise to the board now")
                .doesNotContain("Kit", "Lia", "Still waiting since June");
        assertThat(getAs(w.coordinator(), "/forum/themes").getStatus()).as("staff who are not the board's officers").isEqualTo(404);
        postAs(thirdParent, "/cases/" + third + "/themes/new", "theme", theme.toString(), "from", "CONFIDENCE_WORDS");
        // the same family marking it again does not count twice, nor raise a second item
        postAs(thirdParent, "/cases/" + third + "/themes/new", "theme", theme.toString(), "from", "CONFIDENCE_WORDS");

        assertThat(themes.weight(theme)).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from programme_item where theme_id = ?").param(theme).query(Integer.class).single()).isEqualTo(1);
        Programme.Item item = programme.itemForTheme(theme).orElseThrow();
        assertThat(item.families()).isEqualTo(3);
        assertThat(item.title() + " " + item.summary() + " " + item.createdByName())
                .doesNotContain("Kit", "Lia", "Max", "Pat", "Rosa", "Tomas");

        String page = text(getAs(null, "/area/" + w.localAuthority().id().value() + "/you-said-we-did"));
        assertThat(page).contains("Waiting for speech and language therapy", "Fewer than 5 families told us", "Raised to the board")
                .doesNotContain("Kit", "Lia", "Max", "Pat Parent", "Rosa", "Tomas", "Still waiting since June");

        // a family withdraws: the count drops; the item stays on the board with the new count
        UUID mark = jdbc.sql("select id from theme_mark where case_id = ? and theme_id = ?").params(second.value(), theme)
                .query(UUID.class).single();
        postAs(secondParent, "/cases/" + second + "/themes/marks/" + mark, "version", "0", "answer", "WITHDRAW");
        assertThat(themes.weight(theme)).isEqualTo(2);
        assertThat(programme.itemForTheme(theme).orElseThrow().families()).isEqualTo(2);
    }

    @Test
    void aStaffMarkCountsOnlyOnceTheFamilyAgreesAndStopsWhenTheyWithdraw() throws Exception {
        postAs(w.coordinator(), "/cases/" + w.ownCase() + "/themes/new", "theme", "NEW", "title", "Transport to school stops at 16",
                "description", "Families lose school transport at 16", "scope", "AREA", "from", "OTHER", "note", "Raised at the review");
        UUID theme = themeNamed("Transport to school stops at 16");
        assertThat(themes.weight(theme)).as("waiting for the family").isZero();

        await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.to(w.parent().email()).stream().anyMatch(m -> TestMail.body(m).contains("Transport to school stops at 16")));
        TestMail.to(w.parent().email()).forEach(m -> assertThat(TestMail.body(m)).doesNotContain("Kit"));

        String page = text(getAs(w.parent(), "/cases/" + w.ownCase() + "/themes"));
        assertThat(page).contains("Staff asked to count this on the theme 'Transport to school stops at 16'. Your child's name and details are never shared: only the count.");
        UUID mark = jdbc.sql("select id from theme_mark where theme_id = ?").param(theme).query(UUID.class).single();

        // staff cannot answer for the family, and nor can the child of a family whose parent decides
        assertThat(postAs(w.coordinator(), "/cases/" + w.ownCase() + "/themes/marks/" + mark, "version", "0", "answer", "AGREE").getStatus())
                .isEqualTo(404);
        assertThat(postAs(w.child(), "/cases/" + w.ownCase() + "/themes/marks/" + mark, "version", "0", "answer", "AGREE").getStatus())
                .isEqualTo(404);
        // no answer chosen: told so, nothing saved
        assertThat(text(postAs(w.parent(), "/cases/" + w.ownCase() + "/themes/marks/" + mark, "version", "0")))
                .contains("Choose agree or do not agree");
        assertThat(themes.weight(theme)).isZero();

        postAs(w.parent(), "/cases/" + w.ownCase() + "/themes/marks/" + mark, "version", "0", "answer", "AGREE");
        assertThat(themes.weight(theme)).isEqualTo(1);
        // an answer from a page read before it: refused, not applied twice
        assertThat(text(postAs(w.parent(), "/cases/" + w.ownCase() + "/themes/marks/" + mark, "version", "0", "answer", "WITHDRAW")))
                .contains("answered this first");
        postAs(w.parent(), "/cases/" + w.ownCase() + "/themes/marks/" + mark, "version", "1", "answer", "WITHDRAW");
        assertThat(themes.weight(theme)).isZero();
        assertThat(text(getAs(w.parent(), "/cases/" + w.ownCase() + "/themes"))).contains("The family stopped it being counted");
    }

    @Test
    void aNewThemeThatNamesSomeoneOnTheCaseIsRefused() throws Exception {
        String page = text(postAs(w.senco(), "/cases/" + w.ownCase() + "/themes/new", "theme", "NEW", "title", "Kit waits for therapy",
                "description", "Long waits", "scope", "AREA", "from", "OTHER", "note", "x"));
        assertThat(page).contains("Take out names: Kit").contains("value=\"Kit waits for therapy\"");
        assertThat(jdbc.sql("select count(*) from theme where local_authority_id = ?").param(w.localAuthority().id().value())
                .query(Integer.class).single()).isZero();
        assertThat(text(postAs(w.senco(), "/cases/" + w.ownCase() + "/themes/new", "theme", "NEW", "title", "Therapy waits",
                "description", "Pat Parent says the wait is long", "from", "OTHER", "note", "x")))
                .contains("Take out names: Pat, Parent");
    }

    @Test
    void finishingTheItemTellsTheFamiliesWhoAgreedAndShowsWhatWasDone() throws Exception {
        postAs(w.parent(), "/cases/" + w.ownCase() + "/themes/new", "theme", "NEW", "title", "Short school days",
                "description", "Children sent home early", "scope", "AREA", "from", "CONFIDENCE_WORDS");
        UUID theme = themeNamed("Short school days");
        postAs(secondParent, "/cases/" + second + "/themes/new", "theme", theme.toString(), "from", "CONFIDENCE_WORDS");
        // a staff mark the family never answered: that family is not told
        postAs(w.coordinator(), "/cases/" + third + "/themes/new", "theme", theme.toString(), "from", "OTHER", "note", "From the review");
        assertThat(themes.weight(theme)).isEqualTo(2);
        assertThat(postAs(w.manager(), "/forum/themes/" + theme + "/raise").getStatus()).isEqualTo(302);
        Programme.Item item = programme.itemForTheme(theme).orElseThrow();
        assertThat(item.families()).isEqualTo(2);

        assertThat(programme.move(item.id(), item.version(), ItemStatus.DONE, "Every school now has a plan to end short days", null)).isTrue();

        for (Person told : List.of(w.parent(), secondParent)) {
            await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(20))
                    .until(() -> TestMail.to(told.email()).stream().anyMatch(m -> TestMail.body(m).contains("Every school now has a plan")));
        }
        assertThat(TestMail.to(thirdParent.email()).stream().noneMatch(m -> TestMail.body(m).contains("Every school now has a plan"))).isTrue();
        String page = text(getAs(null, "/area/" + w.localAuthority().id().value() + "/you-said-we-did"));
        assertThat(page).contains("Short school days", "Done", "We did", "Every school now has a plan to end short days");
        assertThat(text(getAs(w.parent(), "/cases/" + w.ownCase() + "/themes"))).contains("Every school now has a plan to end short days");
    }

    @Test
    void twoThemesThatAreTheSameProblemArePutIntoOneAndTheirFamiliesCountOnceTogether() throws Exception {
        postAs(w.parent(), "/cases/" + w.ownCase() + "/themes/new", "theme", "NEW", "title", "Transport stops at 16",
                "description", "College transport is refused", "scope", "AREA", "from", "OTHER", "note", "Told in July");
        UUID first = themeNamed("Transport stops at 16");
        MockHttpServletResponse made = postAs(secondParent, "/cases/" + second + "/themes/new", "theme", "NEW", "title", "No bus to college",
                "description", "The council stopped the bus after year 11", "scope", "AREA", "from", "OTHER", "note", "Letter in May");
        assertThat(made.getStatus()).as(text(made)).isEqualTo(302);
        UUID other = themeNamed("No bus to college");
        // the first family marked both: after the merge they count once
        postAs(w.parent(), "/cases/" + w.ownCase() + "/themes/new", "theme", other.toString(), "from", "OTHER", "note", "The same letter");
        postAs(thirdParent, "/cases/" + third + "/themes/new", "theme", other.toString(), "from", "OTHER", "note", "No bus since September");
        assertThat(themes.weight(first)).isEqualTo(1);
        assertThat(themes.weight(other)).isEqualTo(3);
        assertThat(programme.itemForTheme(other)).as("three cases: on the board").isPresent();

        String path = "/forum/themes/" + first + "/merge";
        assertThat(getAs(w.coordinator(), path).getStatus()).as("not the board's officers").isEqualTo(404);
        assertThat(text(getAs(w.manager(), "/forum/themes"))).contains("Put into another theme");
        assertThat(text(getAs(w.manager(), path))).contains("Which theme is the same problem?").contains("No bus to college");
        MockHttpServletResponse none = postAs(w.manager(), path, "version", "0");
        assertThat(text(none)).contains("Choose the theme that is the same problem");
        MockHttpServletResponse stale = postAs(w.manager(), path, "version", "7", "into", other.toString());
        assertThat(text(stale)).contains("Someone changed this theme while you had the page open");
        assertThat(postAs(w.manager(), path, "version", "0", "into", other.toString()).getRedirectedUrl()).isEqualTo("/forum/themes");

        assertThat(themes.weight(other)).as("three distinct families, the first counted once").isEqualTo(3);
        assertThat(themes.weight(first)).isZero();
        assertThat(programme.itemForTheme(other).orElseThrow().families()).isEqualTo(3);
        assertThat(text(getAs(w.manager(), "/forum/themes"))).doesNotContain("Transport stops at 16");
        assertThat(text(getAs(w.parent(), "/cases/" + w.ownCase() + "/themes"))).contains("No bus to college");
        assertThat(themes.forCase(caseAccess.child(w.ownCase()).orElseThrow())).noneMatch(t -> t.id().equals(first));
        // a theme on the board cannot be put away into another
        assertThat(themes.merge(other, themes.theme(other).orElseThrow().version(), first)).isEqualTo(Themes.Merged.NOT_MERGEABLE);
    }

    @Test
    void theOfficersListOfThemesCostsTheSameWithOneThemeOrTen() throws Exception {
        postAs(w.parent(), "/cases/" + w.ownCase() + "/themes/new", "theme", "NEW", "title", "Short school days",
                "description", "Sent home at lunchtime", "scope", "AREA", "from", "OTHER", "note", "Since September");
        int one = statements.oneRequest(() -> getAs(w.manager(), "/forum/themes")).count();
        for (int i = 0; i < 9; i++) {
            postAs(w.parent(), "/cases/" + w.ownCase() + "/themes/new", "theme", "NEW", "title", "Another theme " + i,
                    "description", "Something else", "scope", "AREA", "from", "OTHER", "note", "Noted");
        }
        assertThat(statements.oneRequest(() -> getAs(w.manager(), "/forum/themes")).count())
                .as("the statements do not grow with the themes (nor with the cases marked)").isEqualTo(one);
    }

    private UUID themeNamed(String title) {
        return jdbc.sql("select id from theme where local_authority_id = ? and title = ?")
                .params(w.localAuthority().id().value(), title)
                .query(UUID.class)
                .single();
    }

    private static String text(MockHttpServletResponse r) throws Exception {
        return HtmlUtils.htmlUnescape(r.getContentAsString()).replaceAll("\\s+", " ");
    }
}
