package org.coplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks the date fields that accept only days gone by, reads the example each shows under it,
 * and types that example in: the field must take it. Early in a year, a fixed example from the
 * year ahead would be refused.
 */
class DateHintsTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 11);

    private World w;
    private Visitor coordinator;

    @BeforeEach
    void earlyInTheYear() {
        clock.set(TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        aNewDay();
        w = fixtures.world();
        coordinator = visitor();
        coordinator.signIn(w.coordinator().email(), Fixtures.PASSWORD);
    }

    /** The example in the hint under a date field, as the three boxes' values. */
    private static Map<String, String> example(Page page, String field) {
        Matcher m = Pattern.compile("id=\"" + field + "-hint\">[^<]*?(\\d{1,2}) (\\d{1,2}) (\\d{4})").matcher(page.body());
        assertThat(m.find()).as("the %s field shows an example date", field).isTrue();
        Map<String, String> typed = new HashMap<>();
        typed.put(field + "Day", m.group(1));
        typed.put(field + "Month", m.group(2));
        typed.put(field + "Year", m.group(3));
        return typed;
    }

    private static LocalDate dateOf(Map<String, String> typed, String field) {
        return LocalDate.of(Integer.parseInt(typed.get(field + "Year")), Integer.parseInt(typed.get(field + "Month")),
                Integer.parseInt(typed.get(field + "Day")));
    }

    @Test
    void everyStepDateTakesTheExampleItShows() {
        String record = "/cases/" + w.ownCase() + "/process/record/";

        Map<String, String> request = example(coordinator.get(record + "request-received"), "arrivedOn");
        assertThat(dateOf(request, "arrivedOn")).isBefore(TODAY);
        request.put("source", "PARENT");
        request.put("channel", "BY_HAND");
        assertThat(coordinator.post(record + "request-received", request).location()).as("request saved").endsWith("/timeline");

        Map<String, String> decided = example(coordinator.get(record + "decided-to-assess"), "occurredOn");
        assertThat(coordinator.post(record + "decided-to-assess", decided).location()).as("decision saved").endsWith("/timeline");

        Matcher correct = Pattern.compile("href=\"(/cases/[^\"]+/process/steps/[^\"]+/date)\"")
                .matcher(coordinator.get("/cases/" + w.ownCase() + "/timeline").body());
        assertThat(correct.find()).isTrue();
        Page form = coordinator.get(correct.group(1));
        Map<String, String> corrected = example(form, "occurredOn");
        corrected.put("reasons", "Typed from the example.");
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form.body());
        assertThat(version.find()).isTrue();
        corrected.put("version", version.group(1));
        assertThat(coordinator.post(correct.group(1), corrected).location()).as("correction saved").endsWith("/timeline");
    }

    @Test
    void aDateOfBirthTakesTheExampleItShowsAndRefusesTheFuture() {
        Map<String, String> born = example(coordinator.get("/cases/new"), "dateOfBirth");
        assertThat(coordinator.post("/cases/new", born).body()).doesNotContain("id=\"dateOfBirth-error\"");

        Map<String, String> details = example(coordinator.get("/cases/" + w.ownCase() + "/details"), "dateOfBirth");
        assertThat(coordinator.post("/cases/" + w.ownCase() + "/details", details).body()).doesNotContain("id=\"dateOfBirth-error\"");

        Map<String, String> future = new HashMap<>(born);
        future.put("dateOfBirthYear", String.valueOf(TODAY.getYear() + 1));
        assertThat(coordinator.post("/cases/new", future).body()).contains("id=\"dateOfBirth-error\"");
    }
}
