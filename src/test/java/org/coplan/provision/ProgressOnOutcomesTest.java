package org.coplan.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.cases.CaseId;
import org.coplan.people.Person;
import org.coplan.plans.PlanSetup;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.SectionCode;
import org.coplan.provision.domain.ProgressScale;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.PlanFixtures;
import org.coplan.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Progress on outcomes through the pages, as each person would use them: the team records steps,
 * the family adds its view, the history shows both as a chart and a table of the same points;
 * bad input is refused beside its field with what was typed kept; the scale is the authority's.
 */
class ProgressOnOutcomesTest extends IntegrationTest {

    @Autowired
    PlanSetup setup;

    @Autowired
    ProgressSetup progress;

    @Autowired
    ProgressSince since;

    @Autowired
    JdbcClient jdbc;

    record Made(World world, UUID listens, UUID copes) {

        CaseId caseId() {
            return world.ownCase();
        }

        String outcomes() {
            return "/cases/" + world.ownCase().value() + "/outcomes";
        }

        String listening() {
            return outcomes() + "/" + listens;
        }
    }

    /** A case with an issued EHC plan with two outcomes in section E. */
    Made issuedPlan() {
        World w = fixtures.world();
        LocalDate today = LocalDate.now(clock);
        planFixtures.decidedToIssue(w.ownCase(), w.coordinator());
        UUID plan = setup.start(w.coordinator().id(), w.ownCase(), PlanKind.EHC);
        UUID need = setup.need(w.coordinator().id(), w.ownCase(), plan, 1, SectionCode.B, "Finds it hard to listen in a busy room");
        UUID listens = setup.outcome(w.coordinator().id(), w.ownCase(), plan, 1, SectionCode.E, "Listens to a story in class for ten minutes",
                "July 2027", List.of(need));
        UUID copes = setup.outcome(w.coordinator().id(), w.ownCase(), plan, 1, SectionCode.E, "Tells an adult when a change worries them",
                "December 2027", List.of(need));
        planFixtures.writeEverySection(w.ownCase(), w.coordinator(), plan, 1);
        setup.propose(w.coordinator().id(), w.ownCase(), plan, 1, today.minusWeeks(7));
        setup.issue(w.coordinator().id(), w.ownCase(), plan, 1, today.minusWeeks(4));
        return new Made(w, listens, copes);
    }

    Visitor signedIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }

    String stepId(Made m, String label) {
        return ProgressScale.defaults(m.world().localAuthority().id().value()).byLabel(label).orElseThrow().id().toString();
    }

    Map<String, String> progressForm(Made m, String step, String evidence, LocalDate on) {
        Map<String, String> f = new HashMap<>();
        f.put("step", step.contains("-") ? step : stepId(m, step));
        f.put("evidence", evidence);
        f.put("observedBy", "Class teacher");
        f.put("observedDay", String.valueOf(on.getDayOfMonth()));
        f.put("observedMonth", String.valueOf(on.getMonthValue()));
        f.put("observedYear", String.valueOf(on.getYear()));
        return f;
    }

    long records(Made m) {
        return jdbc.sql("select count(*) from progress_record where case_id = ?").param(m.caseId().value()).query(Long.class).single();
    }

    @Test
    void aProfessionalRecordsProgressTheFamilyAddsItsViewAndTheHistoryShowsBothAsAChartAndATableOfTheSamePoints() {
        Made m = issuedPlan();
        LocalDate today = LocalDate.now(clock);
        Visitor psychologist = signedIn(m.world().psychologist());

        Visitor.Page form = psychologist.get(m.listening());
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("Record progress", "Listens to a story in class for ten minutes", "Nobody has recorded any progress")
                .doesNotContain("Add your view");
        assertThat(form.body()).contains("value=\"Pia Psychologist\"");

        Visitor.Page saved = psychologist.postMultipart(m.listening() + "/progress",
                progressForm(m, "Emerging", "Listened for four minutes before looking away.", today.minusMonths(2)), List.of());
        assertThat(saved.status()).isEqualTo(302);
        assertThat(psychologist.postMultipart(m.listening() + "/progress",
                progressForm(m, "Developing", "Listened for seven minutes, then asked a question.", today.minusMonths(1)),
                List.of(new Visitor.Upload("file", "observation.pdf", PlanFixtures.PDF))).status()).isEqualTo(302);
        assertThat(psychologist.follow(saved).text()).contains("Progress recorded");

        Visitor parent = signedIn(m.world().parent());
        Visitor.Page parentsPage = parent.get(m.listening());
        assertThat(parentsPage.text()).contains("Add your view").doesNotContain("Record progress");
        assertThat(parent.post(m.listening() + "/views", Map.of("words", "He tells me the stories at bedtime now!", "feeling", "GOING_WELL"))
                .status()).isEqualTo(302);

        Visitor.Page history = parent.get(m.listening());
        String html = history.body();
        // the chart: an image with a title and a description, one point per record, joined
        assertThat(html).containsPattern("<svg[^>]*role=\"img\"[^>]*aria-labelledby=\"progress-chart-title progress-chart-desc\"");
        assertThat(html).contains("<title id=\"progress-chart-title\">Chart of progress on: Listens to a story in class for ten minutes</title>");
        assertThat(html).contains("From Emerging on " + long_(today.minusMonths(2)) + " to Developing on " + long_(today.minusMonths(1))
                + ", 2 records in all.");
        assertThat(html).doesNotContain("<canvas").doesNotContain("<script src=\"/provision");
        List<int[]> circles = new ArrayList<>();
        Matcher c = Pattern.compile("<circle[^>]*cx=\"(\\d+)\" cy=\"(\\d+)\"").matcher(html);
        while (c.find()) {
            circles.add(new int[] {Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2))});
        }
        assertThat(circles).hasSize(2);
        // Emerging is the second step from the bottom of five, Developing the third; the older is at the left edge
        assertThat(circles.get(0)).containsExactly(140, 152);
        assertThat(circles.get(1)).containsExactly(536, 108);
        assertThat(html).contains("points=\"140,152 536,108\"");
        // the table beside it: the same two points in words, oldest first
        String table = html.substring(html.indexOf("id=\"progress-table\""), html.indexOf("</table>", html.indexOf("id=\"progress-table\"")));
        List<String> rows = Pattern.compile("<tr class=\"govuk-table__row\">").splitAsStream(table).skip(2).toList();
        assertThat(rows).hasSize(2);
        assertThat(text(rows.get(0))).contains(long_(today.minusMonths(2)), "Emerging", "Listened for four minutes", "Class teacher",
                "Recorded by Pia Psychologist");
        assertThat(text(rows.get(1))).contains(long_(today.minusMonths(1)), "Developing", "Listened for seven minutes",
                "Download observation.pdf");
        // then the family's view, as theirs
        assertThat(history.text()).contains("What the child and family say", "He tells me the stories at bedtime now!", "Going well",
                "Pat Parent (Parent or carer)");

        Matcher download = Pattern.compile("href=\"([^\"]+/attachment)\"").matcher(html);
        assertThat(download.find()).isTrue();
        assertThat(parent.get(download.group(1)).status()).isEqualTo(200);

        Visitor.Page outcomes = parent.get(m.outcomes());
        assertThat(outcomes.text()).contains("Listens to a story in class for ten minutes", "Developing",
                "Seen on " + long_(today.minusMonths(1)) + " (2 records)", "He tells me the stories at bedtime now!",
                "Tells an adult when a change worries them", "Nothing recorded yet", "Nothing said yet");
        assertThat(parent.get("/cases/" + m.caseId().value()).body()).contains("href=\"/cases/" + m.caseId().value() + "/outcomes\"");
    }

    @Test
    void eachBadInputIsRefusedBesideItsFieldWithWhatWasTypedKeptAndNothingSaved() {
        Made m = issuedPlan();
        LocalDate today = LocalDate.now(clock);
        Visitor senco = signedIn(m.world().senco());

        Visitor.Page tampered = senco.postMultipart(m.listening() + "/progress",
                progressForm(m, UUID.randomUUID().toString(), "Typed words about the step", today), List.of());
        assertThat(tampered.status()).isEqualTo(200);
        assertThat(tampered.body()).contains("id=\"step-error\"").contains("Choose one of the steps shown").contains("Typed words about the step");

        Visitor.Page noStep = senco.postMultipart(m.listening() + "/progress", progressForm(m, "x-not-a-step", "More typed words", today),
                List.of());
        assertThat(noStep.body()).contains("id=\"step-error\"").contains("More typed words");

        Visitor.Page noEvidence = senco.postMultipart(m.listening() + "/progress", progressForm(m, "Secure", "  ", today), List.of());
        assertThat(noEvidence.body()).contains("id=\"evidence-error\"").contains("Say what was seen");
        assertThat(noEvidence.body()).containsPattern("value=\"" + stepId(m, "Secure") + "\"\\s+checked");

        Visitor.Page future = senco.postMultipart(m.listening() + "/progress", progressForm(m, "Secure", "Seen tomorrow?", today.plusDays(1)),
                List.of());
        assertThat(future.body()).contains("id=\"observed-error\"").contains("The date seen must be today or in the past")
                .contains("Seen tomorrow?").contains("value=\"" + today.plusDays(1).getDayOfMonth() + "\"");

        Visitor.Page wrongType = senco.postMultipart(m.listening() + "/progress", progressForm(m, "Secure", "With a program", today),
                List.of(new Visitor.Upload("file", "tool.exe", "MZ not a document".getBytes())));
        assertThat(wrongType.body()).contains("id=\"file-error\"").contains("must be a PDF, Word document, PNG or JPEG").contains("With a program");

        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PlanFixtures.PDF, 0, tooLarge, 0, PlanFixtures.PDF.length);
        Visitor.Page large = senco.postMultipart(m.listening() + "/progress", progressForm(m, "Secure", "With a big file", today),
                List.of(new Visitor.Upload("file", "big.pdf", tooLarge)));
        assertThat(large.body()).contains("id=\"file-error\"").contains("smaller than 10 MB").contains("With a big file");

        Visitor.Page tooLong = senco.postMultipart(m.listening() + "/progress", progressForm(m, "Secure", "x".repeat(2001), today), List.of());
        assertThat(tooLong.body()).contains("id=\"evidence-error\"").contains("Use 2,000 characters or fewer");

        assertThat(records(m)).isZero();

        Visitor parent = signedIn(m.world().parent());
        Visitor.Page noWords = parent.post(m.listening() + "/views", Map.of("words", " ", "feeling", "GOING_OK"));
        assertThat(noWords.body()).contains("id=\"words-error\"").contains("Write how you think it is going");
        assertThat(noWords.body()).containsPattern("value=\"GOING_OK\"\\s+checked");
        Visitor.Page oddFeeling = parent.post(m.listening() + "/views", Map.of("words", "Kept words", "feeling", "DELIGHTED"));
        assertThat(oddFeeling.body()).contains("id=\"feeling-error\"").contains("Kept words");
        assertThat(jdbc.sql("select count(*) from progress_view where case_id = ?").param(m.caseId().value()).query(Long.class).single()).isZero();
    }

    @Test
    void anOutcomeNotInForceOnThisCaseIsNotFound() {
        Made m = issuedPlan();
        Made other = issuedPlan();
        Visitor senco = signedIn(m.world().senco());
        LocalDate today = LocalDate.now(clock);

        assertThat(senco.get(m.outcomes() + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        // another case's outcome, through this case's address
        assertThat(senco.get(m.outcomes() + "/" + other.listens()).status()).isEqualTo(404);
        assertThat(senco.postMultipart(m.outcomes() + "/" + other.listens() + "/progress", progressForm(m, "Secure", "Seen", today), List.of())
                .status()).isEqualTo(404);
        assertThat(records(m) + records(other)).isZero();
    }

    @Test
    void aFamilyMemberCannotRecordAStaffStepAndStaffCannotAddTheFamilysView() {
        Made m = issuedPlan();
        LocalDate today = LocalDate.now(clock);
        Visitor parent = signedIn(m.world().parent());
        Visitor.Page refused = parent.postMultipart(m.listening() + "/progress", progressForm(m, "Achieved", "All done, says the parent", today),
                List.of());
        assertThat(refused.status()).isEqualTo(404);
        Visitor child = signedIn(m.world().child());
        assertThat(child.postMultipart(m.listening() + "/progress", progressForm(m, "Achieved", "I did it", today), List.of()).status())
                .isEqualTo(404);
        assertThat(records(m)).isZero();

        Visitor coordinator = signedIn(m.world().coordinator());
        assertThat(coordinator.post(m.listening() + "/views", Map.of("words", "Written for the family")).status()).isEqualTo(404);
        assertThat(coordinator.get(m.listening()).text()).doesNotContain("Add your view");
    }

    @Test
    void aPersonNotOnTheCaseGetsNothing() {
        Made m = issuedPlan();
        Visitor outsider = signedIn(m.world().outsider());
        Visitor otherCoordinator = signedIn(m.world().otherCoordinator());
        for (Visitor v : List.of(outsider, otherCoordinator)) {
            assertThat(v.get(m.outcomes()).status()).isEqualTo(404);
            assertThat(v.get(m.listening()).status()).isEqualTo(404);
        }
    }

    @Test
    void theSenManagerRenamesReordersAndAddsStepsAndRecordsKeepTheirStep() {
        Made m = issuedPlan();
        LocalDate today = LocalDate.now(clock);
        progress.record(m.world().senco().id(), m.caseId(), m.listens(), "Emerging", "Started to listen.", "Class teacher", today.minusDays(3));
        Visitor manager = signedIn(m.world().manager());
        String la = m.world().localAuthority().id().value().toString();

        Visitor.Page page = manager.get("/provision/progress-scale?la=" + la);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Progress has been recorded at this step, so it cannot be removed");
        String scaleForm = page.body().substring(page.body().indexOf("action=\"/provision/progress-scale\""));
        assertThat(scaleForm.substring(0, scaleForm.indexOf("</form>"))).as("the form carries its CSRF token").contains("name=\"_csrf\"");
        Map<String, String> form = scaleForm(page.body());
        form.put("label-1", "Beginning to show");
        form.put("position-4", "9");
        form.put("newLabel", "Beyond the outcome");
        form.put("newPosition", "10");
        Visitor.Page saved = manager.post("/provision/progress-scale", form);
        assertThat(saved.status()).isEqualTo(302);

        Visitor.Page history = signedIn(m.world().parent()).get(m.listening());
        assertThat(history.text()).contains("Beginning to show").doesNotContain("Emerging");
        String body = signedIn(m.world().senco()).get(m.listening()).body();
        assertThat(body.indexOf(">Secure<")).isLessThan(body.indexOf(">Achieved<"));
        assertThat(body.indexOf(">Achieved<")).isLessThan(body.indexOf(">Beyond the outcome<"));

        // a step in use cannot be removed: refused beside its box, with the rest of what was typed kept
        Map<String, String> remove = scaleForm(manager.get("/provision/progress-scale?la=" + la).body());
        remove.put("remove-1", "yes");
        remove.put("label-2", "Developing well");
        Visitor.Page refused = manager.post("/provision/progress-scale", remove);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"remove-1-error\"").contains("value=\"Developing well\"");
        assertThat(refused.text()).contains("You cannot remove \"Beginning to show\": progress has been recorded at this step");

        // a step nobody used can go
        Map<String, String> unused = scaleForm(manager.get("/provision/progress-scale?la=" + la).body());
        unused.put("remove-5", "yes");
        assertThat(manager.post("/provision/progress-scale", unused).status()).isEqualTo(302);
        assertThat(manager.get("/provision/progress-scale?la=" + la).body()).doesNotContain("Beyond the outcome");
    }

    @Test
    void aChangeToTheScaleBasedOnAnOlderOneIsRefusedAndTheTypedWordsAreKept() {
        Made m = issuedPlan();
        Visitor manager = signedIn(m.world().manager());
        String la = m.world().localAuthority().id().value().toString();
        Map<String, String> first = scaleForm(manager.get("/provision/progress-scale?la=" + la).body());
        Map<String, String> second = new HashMap<>(first);
        first.put("label-0", "Not yet");
        assertThat(manager.post("/provision/progress-scale", first).status()).isEqualTo(302);

        second.put("label-4", "Done it");
        Visitor.Page refused = manager.post("/provision/progress-scale", second);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"scale-error\"").contains("Someone else changed the scale while you were editing it")
                .contains("value=\"Done it\"");
        assertThat(refused.text()).contains("Someone else saved the scale while you were changing it. It is now: Not yet");
        // saving again from the refusal is based on the newer scale, and keeps both changes
        Map<String, String> again = scaleForm(refused.body());
        assertThat(manager.post("/provision/progress-scale", again).status()).isEqualTo(302);
        String now = manager.get("/provision/progress-scale?la=" + la).body();
        assertThat(now).contains("value=\"Done it\"").doesNotContain("value=\"Achieved\"");
    }

    @Test
    void onlyAnSenManagerOfTheAuthorityChangesItsScale() {
        Made m = issuedPlan();
        for (Person p : List.of(m.world().coordinator(), m.world().senco(), m.world().parent(), m.world().psychologist())) {
            assertThat(signedIn(p).get("/provision/progress-scale").status()).as(p.displayName()).isEqualTo(404);
        }
        Visitor manager = signedIn(m.world().manager());
        Map<String, String> form = scaleForm(manager.get("/provision/progress-scale").body());
        form.put("authorityId", m.world().otherLocalAuthority().id().value().toString());
        assertThat(manager.post("/provision/progress-scale", form).status()).isEqualTo(404);
    }

    @Test
    void progressSinceGivesTheStepAtTheStartAndNowTheRecordsTheNewestEvidenceAndTheFamilysNewestView() {
        Made m = issuedPlan();
        LocalDate today = LocalDate.now(clock);
        progress.record(m.world().senco().id(), m.caseId(), m.listens(), "Emerging", "Listened for two minutes.", "Class teacher",
                today.minusDays(100));
        progress.record(m.world().senco().id(), m.caseId(), m.listens(), "Developing", "Listened for five minutes.", "Class teacher",
                today.minusDays(50));
        progress.record(m.world().psychologist().id(), m.caseId(), m.listens(), "Secure", "Listened to the whole story.", "Pia",
                today.minusDays(10));
        progress.view(m.world().child().id(), m.caseId(), m.listens(), "I like story time now.", "GOING_WELL");

        List<ProgressSince.OutcomeProgress> review = since.progress(m.caseId(), today.minusDays(60), today);

        assertThat(review).hasSize(2);
        ProgressSince.OutcomeProgress listens = review.getFirst();
        assertThat(listens.outcomeLineage()).isEqualTo(m.listens());
        assertThat(listens.outcome()).isEqualTo("Listens to a story in class for ten minutes");
        assertThat(listens.byWhen()).isEqualTo("July 2027");
        assertThat(listens.stepAtStart()).isEqualTo("Emerging");
        assertThat(listens.stepNow()).isEqualTo("Secure");
        assertThat(listens.records()).isEqualTo(2);
        assertThat(listens.latestEvidence()).isEqualTo("Listened to the whole story.");
        assertThat(listens.familyView()).isEqualTo("I like story time now.");
        assertThat(listens.link()).isEqualTo(m.listening());

        ProgressSince.OutcomeProgress copes = review.get(1);
        assertThat(copes.stepAtStart()).isNull();
        assertThat(copes.stepNow()).isNull();
        assertThat(copes.records()).isZero();
        assertThat(copes.familyView()).isNull();

        // an earlier period: by its end the step was Developing, and the family had not yet said anything
        ProgressSince.OutcomeProgress earlier = since.progress(m.caseId(), today.minusDays(120), today.minusDays(40)).getFirst();
        assertThat(earlier.stepAtStart()).isNull();
        assertThat(earlier.stepNow()).isEqualTo("Developing");
        assertThat(earlier.records()).isEqualTo(2);
        assertThat(earlier.latestEvidence()).isEqualTo("Listened for five minutes.");
        assertThat(earlier.familyView()).isNull();
    }

    @Test
    void theOutcomesPageDoesTheSameWorkWhateverTheLengthOfTheHistory() throws Exception {
        Made short_ = issuedPlan();
        Made long_ = issuedPlan();
        LocalDate today = LocalDate.now(clock);
        progress.record(short_.world().senco().id(), short_.caseId(), short_.listens(), "Emerging", "Once.", "Class teacher", today);
        for (int month = 36; month >= 0; month--) {
            progress.record(long_.world().senco().id(), long_.caseId(), long_.listens(), month > 18 ? "Emerging" : "Developing",
                    "Month " + month, "Class teacher", today.minusMonths(month));
            progress.record(long_.world().senco().id(), long_.caseId(), long_.copes(), "Secure", "Month " + month, "Class teacher",
                    today.minusMonths(month));
        }
        Visitor a = signedIn(short_.world().parent());
        Visitor b = signedIn(long_.world().parent());
        int few = statements.oneRequest(() -> a.get(short_.outcomes())).count();
        int many = statements.oneRequest(() -> b.get(long_.outcomes())).count();
        assertThat(many).isEqualTo(few);
        assertThat(b.get(long_.outcomes()).text()).contains("Seen on " + long_(today) + " (37 records)");
    }

    private static String long_(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    /** The scale form's fields as the page gives them: hidden ids and version, names, places. */
    private static Map<String, String> scaleForm(String html) {
        Map<String, String> form = new HashMap<>();
        Matcher inputs = Pattern.compile("<input[^>]*>").matcher(html);
        while (inputs.find()) {
            String tag = inputs.group();
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(tag);
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
            if (name.find() && !tag.contains("type=\"checkbox\"") && !name.group(1).equals("_csrf")) {
                form.put(name.group(1), value.find() ? value.group(1).replace("&quot;", "\"").replace("&amp;", "&") : "");
            }
        }
        return form;
    }
}
