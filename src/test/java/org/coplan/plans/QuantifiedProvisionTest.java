package org.coplan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.people.Person;
import org.coplan.plans.domain.ContributionKind;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.ProvisionAmount;
import org.coplan.plans.domain.ResponseOutcome;
import org.coplan.plans.domain.SectionCode;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Provision with an amount in numbers beside its words, and the golden thread from need to
 * outcome to provision checked while the plan is written, through the pages as people use them.
 */
class QuantifiedProvisionTest extends IntegrationTest {

    @Autowired
    PlanSetup setup;

    @Autowired
    PlannedProvision planned;

    private Visitor signedIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }

    private String startEhcPlan(World world, Visitor coordinator) {
        coordinator.get("/cases/" + world.ownCase() + "/plans");
        Page started = coordinator.post("/cases/" + world.ownCase() + "/plans", Map.of("kind", "EHC"));
        return URI.create(started.location()).getPath();
    }

    private static String match(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as("page has " + regex).isTrue();
        return m.group(1);
    }

    /** The lineage of the item whose card shows these words on a section page. */
    private static String lineage(String sectionHtml, String words) {
        return match(sectionHtml, "(?s)id=\"item-([0-9a-f-]{36})\"(?:(?!id=\"item-).)*?" + Pattern.quote(words));
    }

    private static String editLink(String sectionHtml, String words) {
        return match(sectionHtml, "href=\"([^\"]+/items/[0-9a-f-]{36}/edit)\"><span>Change</span><span class=\"govuk-visually-hidden\"> "
                + Pattern.quote(words));
    }

    private static Map<String, String> provision(String what, String howOften, String outcome) {
        Map<String, String> form = new HashMap<>();
        form.put("description", what);
        form.put("provider", "Speech and language therapist");
        form.put("frequency", howOften);
        form.put("sessionLength", "30 minutes");
        form.put("links", outcome);
        return form;
    }

    @Test
    void gapsAppearAndDisappearAsTheWriterLinksNeedsOutcomesAndProvisionAndQuantifiesAnItem() {
        World world = fixtures.world();
        Visitor coordinator = signedIn(world.coordinator());
        String plan = startEhcPlan(world, coordinator);

        String empty = coordinator.get(plan).text();
        assertThat(empty).contains("Golden thread").contains("0 of 2 checks met").contains("2 gaps")
                .contains("No needs are written yet.").contains("The section about the child does not have the child's own words yet.");
        assertThat(coordinator.get(plan).body()).contains(plan + "/sections/b#items").contains(plan + "/sections/a#quoted-words");

        coordinator.get(plan + "/sections/b/items/new");
        coordinator.post(plan + "/sections/b/items/new", Map.of("description", "Finds spoken instructions hard"));
        String needLineage = lineage(coordinator.get(plan + "/sections/b").body(), "Finds spoken instructions hard");
        assertThat(coordinator.get(plan).text()).contains("The need \"Finds spoken instructions hard\" has no outcome linked to it.")
                .doesNotContain("No needs are written yet.");

        coordinator.post(plan + "/sections/e/items/new",
                Map.of("description", "Follows a two-step instruction in class", "byWhen", "soon", "links", needLineage));
        String e = coordinator.get(plan + "/sections/e").body();
        String outcomeLineage = lineage(e, "Follows a two-step instruction in class");
        String overview = coordinator.get(plan).text();
        assertThat(overview).doesNotContain("has no outcome linked to it")
                .contains("The outcome \"Follows a two-step instruction in class\" has no help linked to it.")
                .contains("says by when as \"soon\", which is not a time");
        // the section page shows its own gaps, each linking to the item
        assertThat(coordinator.get(plan + "/sections/e").text()).contains("This section has 1 gap in the golden thread");
        assertThat(e).contains(plan + "/sections/e#item-" + outcomeLineage);
        assertThat(coordinator.get(plan + "/sections/f").text()).contains("This section has 1 gap in the golden thread")
                .contains("has no help linked to it. Add or link help");

        coordinator.post(editLink(e, "Follows a two-step instruction in class"),
                Map.of("description", "Follows a two-step instruction in class", "byWhen", "By the end of Year 4", "links", needLineage));
        assertThat(coordinator.get(plan).text()).doesNotContain("which is not a time");

        coordinator.post(plan + "/sections/f/items/new", provision("Speech and language therapy", "Regular sessions as required",
                outcomeLineage));
        String f = coordinator.get(plan + "/sections/f").body();
        String itemLineage = lineage(f, "Speech and language therapy");
        assertThat(coordinator.get(plan + "/sections/f").text())
                .contains("This cannot be counted: say how many sessions, how often and how long.").contains("Add the numbers");
        assertThat(coordinator.get(plan).text()).doesNotContain("has no help linked to it")
                .contains("The help \"Speech and language therapy\" cannot be counted");
        assertThat(coordinator.get(plan).body()).contains(plan + "/sections/f#item-" + itemLineage);

        Map<String, String> counted = provision("Speech and language therapy", "Twice a week", outcomeLineage);
        counted.putAll(Map.of("sessions", "2", "per", "WEEK", "minutes", "30", "groupCount", "1", "providerRole", "HEALTH_PROFESSIONAL",
                "providerPerson", world.health().id().value().toString()));
        Page saved = coordinator.post(editLink(f, "Speech and language therapy"), counted);
        assertThat(saved.status()).isEqualTo(302);
        String fNow = coordinator.get(plan + "/sections/f").text();
        assertThat(fNow).doesNotContain("This cannot be counted")
                .contains("2 sessions a week, 30 minutes each, 1 to 1, by " + world.health().displayName()
                        + " (a health professional on the team)");
        assertThat(coordinator.get(plan).text()).doesNotContain("cannot be counted").contains("1 gap")
                .contains("does not have the child's own words yet");

        Visitor child = signedIn(world.child());
        child.get(plan + "/sections/a/contribute");
        assertThat(child.post(plan + "/sections/a/contribute", Map.of("kind", "OWN_WORDS", "body", "I like trains and quiet rooms."))
                .status()).isEqualTo(302);
        String whole = coordinator.get(plan).text();
        assertThat(whole).contains("7 of 7 checks met").contains("No gaps").doesNotContain("child's own words yet");

        // unlinking the outcome from its need brings the gap back
        String eNow = coordinator.get(plan + "/sections/e").body();
        coordinator.post(editLink(eNow, "Follows a two-step instruction in class"),
                Map.of("description", "Follows a two-step instruction in class", "byWhen", "By the end of Year 4"));
        assertThat(coordinator.get(plan).text()).contains("The need \"Finds spoken instructions hard\" has no outcome linked to it.")
                .contains("6 of 7 checks met");

        // the amount is on the printed plan and in the PDF's document
        assertThat(coordinator.get(plan + "/print").text()).contains("How much, in numbers")
                .contains("2 sessions a week, 30 minutes each, 1 to 1");
    }

    @Test
    void badAmountsAreRefusedBesideEachFieldWithWhatWasTypedKept() {
        World world = fixtures.world();
        Visitor coordinator = signedIn(world.coordinator());
        String plan = startEhcPlan(world, coordinator);
        coordinator.get(plan + "/sections/f/items/new");

        Map<String, String> form = provision("Occupational therapy in class", "Weekly", "");
        form.putAll(Map.of("sessions", "2.5", "minutes", "1441", "groupCount", "0",
                "providerPerson", world.outsider().id().value().toString(),
                "startsDay", "1", "startsMonth", "9", "startsYear", "2027", "endsDay", "1", "endsMonth", "7", "endsYear", "2027"));
        Page refused = coordinator.post(plan + "/sections/f/items/new", form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("There is a problem")
                .contains("How many sessions must be a whole number, like 2")
                .contains("Choose how often: each week, each half term or each term")
                .contains("A session cannot last more than a day (1440 minutes)")
                .contains("The group must have at least 1 child")
                .contains("Choose someone who is on the child's team")
                .contains("The end date must be on or after the start date");
        assertThat(refused.body()).contains("id=\"sessions-error\"").contains("id=\"per-error\"").contains("id=\"minutes-error\"")
                .contains("id=\"groupCount-error\"").contains("id=\"providerPerson-error\"").contains("id=\"ends-error\"")
                .contains("value=\"2.5\"").contains("value=\"1441\"").contains("Occupational therapy in class");
        assertThat(coordinator.get(plan + "/sections/f").text()).doesNotContain("Occupational therapy in class");

        Map<String, String> partOnly = provision("Occupational therapy in class", "Weekly", "");
        partOnly.put("sessions", "2");
        Page part = coordinator.post(plan + "/sections/f/items/new", partOnly);
        assertThat(part.text()).contains("Choose how often: each week, each half term or each term")
                .contains("Say how many minutes each session lasts");
        Map<String, String> tooShort = provision("Occupational therapy in class", "Weekly", "");
        tooShort.putAll(Map.of("sessions", "1", "per", "TERM", "minutes", "0"));
        assertThat(coordinator.post(plan + "/sections/f/items/new", tooShort).text()).contains("A session must last at least 1 minute");

        // an amount is not needed to save a draft item
        assertThat(coordinator.post(plan + "/sections/f/items/new", provision("Occupational therapy in class", "Weekly", "")).status())
                .isEqualTo(302);
        String saved = coordinator.get(plan + "/sections/f").text();
        assertThat(saved).contains("Occupational therapy in class").doesNotContain("This cannot be counted");
        assertThat(coordinator.get(plan).text()).contains("The help \"Occupational therapy in class\" has no numbers yet");
    }

    @Test
    void theAmountIsCarriedIntoTheIssuedPlanAndItsAmendment() {
        World world = fixtures.world();
        UUID plan = wholeIssuedPlan(world);

        PlannedProvision.InForce inForce = planned.inForce(world.ownCase()).orElseThrow();
        assertThat(inForce.provision()).singleElement().satisfies(i -> assertThat(i.amount())
                .isEqualTo(new PlannedProvision.Amount(3, PlannedProvision.Per.HALF_TERM, 45, 4, "SENCO", null)));

        Visitor coordinator = signedIn(world.coordinator());
        String v1 = "/cases/" + world.ownCase() + "/plans/" + plan + "/versions/1";
        assertThat(coordinator.get(v1).text()).contains("No gaps");
        Page amended = coordinator.post(v1 + "/amend", Map.of());
        assertThat(amended.status()).isEqualTo(302);
        String v2 = "/cases/" + world.ownCase() + "/plans/" + plan + "/versions/2";
        assertThat(coordinator.get(v2 + "/sections/f").text())
                .contains("3 sessions each half term, 45 minutes each, in a group of 4, by the SENCO");
        assertThat(coordinator.get(v2).text()).contains("No gaps");

        // an edit of the words keeps the numbers shown on the edit form
        String f = coordinator.get(v2 + "/sections/f").body();
        Page form = coordinator.get(editLink(f, "Reading group"));
        assertThat(form.body()).contains("name=\"sessions\" type=\"text\" value=\"3\"").contains("value=\"HALF_TERM\" selected")
                .contains("name=\"minutes\" type=\"text\" value=\"45\"");
    }

    @Test
    void theCaseloadListsPlansWithGapsAndTheDashboardCountsPlansInForceWithNone() {
        World world = fixtures.world();
        Visitor manager = signedIn(world.manager());
        assertThat(manager.get("/authority").text()).contains("Golden thread of EHC plans in force")
                .contains("No EHC plans have been issued yet.");

        wholeIssuedPlan(world);
        assertThat(manager.get("/authority").text()).contains("1 of 1 (100%)")
                .contains("of the EHC plans in force have no gaps in the golden thread.");

        // an SEN support plan being written, with gaps
        Visitor coordinator = signedIn(world.coordinator());
        UUID sen = setup.start(world.senco().id(), world.ownCase(), PlanKind.SEN_SUPPORT);
        setup.need(world.senco().id(), world.ownCase(), sen, 1, SectionCode.NEEDS, "Reading");
        Page caseload = coordinator.get("/caseload");
        assertThat(caseload.text()).contains("Plans with gaps in the golden thread").contains("Plans checked 2")
                .contains("Plans with gaps 1").contains("Plans with no gaps 1")
                .contains("Plans with gaps, most recently changed first").contains("SEN support plan: 1 of 3 checks met");
        assertThat(caseload.body()).contains("/cases/" + world.ownCase() + "/plans/" + sen + "/versions/1#golden-thread");
        // a draft does not change the figure for plans in force
        assertThat(manager.get("/authority").text()).contains("1 of 1 (100%)");
    }

    /** An EHC plan issued with a whole thread: a need, an outcome, a counted item serving it, and the child's words. */
    private UUID wholeIssuedPlan(World world) {
        planFixtures.decidedToIssue(world.ownCase(), world.coordinator());
        var writer = world.coordinator().id();
        UUID plan = setup.start(writer, world.ownCase(), PlanKind.EHC);
        UUID need = setup.need(writer, world.ownCase(), plan, 1, SectionCode.B, "Reading is hard");
        UUID outcome = setup.outcome(writer, world.ownCase(), plan, 1, SectionCode.E, "Reads a page aloud", "By Easter 2027",
                List.of(need));
        setup.provision(writer, world.ownCase(), plan, 1, SectionCode.F, "Reading group", "SENCO", "3 times each half term",
                "45 minutes", "4", List.of(outcome), new ProvisionAmount(3, ProvisionAmount.Per.HALF_TERM, 45, 4, "SENCO", null));
        setup.contribution(world.child().id(), world.ownCase(), plan, 1, SectionCode.A, ContributionKind.OWN_WORDS, "I like trains.",
                writer, ResponseOutcome.INCLUDED, null);
        planFixtures.writeEverySection(world.ownCase(), world.coordinator(), plan, 1);
        LocalDate today = LocalDate.now(clock);
        setup.propose(writer, world.ownCase(), plan, 1, today.minusWeeks(7));
        setup.issue(writer, world.ownCase(), plan, 1, today.minusWeeks(4));
        return plan;
    }
}
