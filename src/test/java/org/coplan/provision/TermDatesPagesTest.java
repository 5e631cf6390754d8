package org.coplan.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.coplan.plans.PlannedProvision;
import org.coplan.plans.domain.PlanKind;
import org.coplan.provision.internal.ProvisionItems;
import org.coplan.provision.internal.TermDatesStore;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Term dates: the SEN manager sets the authority's default, a SENCO their school's own (which then
 * counts the school's sessions); bad dates are refused beside the field with what was typed kept;
 * a save based on dates someone else changed since is refused; nobody else may see or set them.
 */
class TermDatesPagesTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TermDatesStore store;

    @Autowired
    ProvisionItems items;

    /** The 2026 to 2027 dates as the form sends them, autumn half-term on the given days. */
    static Map<String, String> form(String autumnHalfFirst, String autumnHalfLast, String version) {
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "autumnFirst", "2026-09-02");
        date(f, "autumnLast", "2026-12-18");
        date(f, "autumnHalfFirst", autumnHalfFirst);
        date(f, "autumnHalfLast", autumnHalfLast);
        date(f, "springFirst", "2027-01-04");
        date(f, "springLast", "2027-03-25");
        date(f, "springHalfFirst", "2027-02-15");
        date(f, "springHalfLast", "2027-02-19");
        date(f, "summerFirst", "2027-04-12");
        date(f, "summerLast", "2027-07-21");
        date(f, "summerHalfFirst", "2027-05-31");
        date(f, "summerHalfLast", "2027-06-04");
        f.put("version", version);
        return f;
    }

    static void date(Map<String, String> f, String field, String iso) {
        LocalDate d = LocalDate.parse(iso);
        f.put(field + "Day", String.valueOf(d.getDayOfMonth()));
        f.put(field + "Month", String.valueOf(d.getMonthValue()));
        f.put(field + "Year", String.valueOf(d.getYear()));
    }

    MvcResult send(Person who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(fixtures.as(who)).with(csrf())).andReturn();
    }

    MvcResult submit(Person who, String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder p = post(path);
        fields.forEach(p::param);
        return send(who, p);
    }

    /** The value a field shows. */
    static String typed(String page, String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<input[^>]*name=\"" + field + "\"[^>]*value=\"([^\"]*)\"").matcher(page);
        return m.find() ? m.group(1) : null;
    }

    static String text(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString().replaceAll("<[^>]+>", " ").replaceAll("&#39;", "'").replaceAll("\\s+", " ");
    }

    @Test
    void onlyTheAuthoritysSenManagerAndTheSchoolsSencoMaySeeOrSetTheirDates() throws Exception {
        World w = fixtures.world();
        Person otherManager = fixtures.staff("Olga Manager", w.otherLocalAuthority(), StaffRole.SEN_MANAGER);
        String la = "/provision/term-dates/" + w.localAuthority().id().value() + "/2026";
        String school = "/provision/term-dates/" + w.school().id().value() + "/2026";

        String list = text(send(w.manager(), get("/provision/term-dates")));
        assertThat(list).contains(w.localAuthority().name()).contains("Typical dates for England (not confirmed)");
        assertThat(text(send(w.senco(), get("/provision/term-dates")))).contains(w.school().name())
                .doesNotContain(w.localAuthority().name() + " These");
        assertThat(send(w.manager(), get(la)).getResponse().getStatus()).isEqualTo(200);
        assertThat(send(w.senco(), get(school)).getResponse().getStatus()).isEqualTo(200);
        for (Person p : List.of(w.coordinator(), w.parent(), w.health(), w.outsider(), otherManager, w.senco())) {
            assertThat(send(p, get(la)).getResponse().getStatus()).as(p.displayName() + " on the authority's dates").isEqualTo(404);
            assertThat(submit(p, la, form("2026-10-26", "2026-10-30", "0")).getResponse().getStatus()).isEqualTo(404);
        }
        for (Person p : List.of(w.manager(), w.coordinator(), w.parent(), otherManager)) {
            assertThat(send(p, get(school)).getResponse().getStatus()).as(p.displayName() + " on the school's dates").isEqualTo(404);
        }
        for (Person p : List.of(w.coordinator(), w.parent(), w.health(), w.outsider())) {
            assertThat(send(p, get("/provision/term-dates")).getResponse().getStatus()).isEqualTo(404);
        }
        assertThat(store.find(w.localAuthority().id().value(), 2026)).isEmpty();
    }

    @Test
    void badDatesAreRefusedBesideTheFieldWithWhatWasTypedKeptAndNothingSaved() throws Exception {
        World w = fixtures.world();
        String la = "/provision/term-dates/" + w.localAuthority().id().value() + "/2026";
        Map<String, String> bad = form("2026-12-21", "2026-12-23", "0");
        date(bad, "autumnLast", "2026-08-30");
        date(bad, "summerFirst", "2027-03-20");
        bad.put("springHalfFirstDay", "31");
        bad.put("springHalfFirstMonth", "2");
        bad.put("springHalfLastDay", "");
        bad.put("springHalfLastMonth", "");
        bad.put("springHalfLastYear", "");
        MvcResult r = submit(w.manager(), la, bad);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String page = r.getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("href=\"#springHalfFirst\"").contains("href=\"#springHalfLast\"")
                .contains("id=\"springHalfFirst-error\"");
        assertThat(text(r)).contains("Enter a real date").contains("Enter a date");
        assertThat(typed(page, "springHalfFirstDay")).isEqualTo("31");
        assertThat(typed(page, "summerFirstDay")).isEqualTo("20");
        assertThat(store.find(w.localAuthority().id().value(), 2026)).isEmpty();

        // once every date is a real date, the dates are checked against each other
        date(bad, "springHalfFirst", "2027-02-15");
        date(bad, "springHalfLast", "2027-02-19");
        r = submit(w.manager(), la, bad);
        page = r.getResponse().getContentAsString();
        assertThat(page).contains("href=\"#autumnLast\"").contains("id=\"autumnLast-error\"").contains("href=\"#summerFirst\"");
        assertThat(text(r)).contains("The last day must be the same as or after the first day")
                .contains("This term must start after the last day of the term before");
        assertThat(typed(page, "autumnLastMonth")).isEqualTo("8");
        assertThat(store.find(w.localAuthority().id().value(), 2026)).isEmpty();

        // a half-term outside its term
        Map<String, String> outside = form("2026-12-21", "2026-12-23", "0");
        assertThat(text(submit(w.manager(), la, outside))).contains("The half-term break must be inside the term");
        assertThat(store.find(w.localAuthority().id().value(), 2026)).isEmpty();
    }

    @Test
    void aSaveBasedOnDatesSomeoneElseChangedIsRefusedAndTheirsAreKept() throws Exception {
        World w = fixtures.world();
        Person secondManager = fixtures.staff("Sam Manager", w.localAuthority(), StaffRole.SEN_MANAGER);
        String la = "/provision/term-dates/" + w.localAuthority().id().value() + "/2026";
        assertThat(submit(w.manager(), la, form("2026-10-26", "2026-10-30", "0")).getResponse().getRedirectedUrl())
                .isEqualTo("/provision/term-dates");
        assertThat(store.find(w.localAuthority().id().value(), 2026).orElseThrow().version()).isEqualTo(1);

        // the second manager opened the form before the first saved
        MvcResult refused = submit(secondManager, la, form("2026-10-19", "2026-10-23", "0"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(text(refused)).contains("Manny Manager changed these dates while you were editing");
        assertThat(typed(refused.getResponse().getContentAsString(), "autumnHalfFirstDay")).isEqualTo("19");
        assertThat(typed(refused.getResponse().getContentAsString(), "version")).isEqualTo("1");
        TermDatesStore.Stored kept = store.find(w.localAuthority().id().value(), 2026).orElseThrow();
        assertThat(kept.terms().term(org.coplan.provision.domain.TermName.AUTUMN).halfTermFirst()).isEqualTo(LocalDate.of(2026, 10, 26));

        // saving again, knowingly, on the version now shown
        assertThat(submit(secondManager, la, form("2026-10-19", "2026-10-23", "1")).getResponse().getStatus()).isEqualTo(302);
        assertThat(store.find(w.localAuthority().id().value(), 2026).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aSchoolsOwnDatesCountItsCasesSessionsAndItCanGoBackToTheAuthoritys() throws Exception {
        World w = fixtures.world();
        items.replaceInForce(new PlannedProvision.InForce(w.ownCase().value(), PlanKind.EHC, UUID.randomUUID(), UUID.randomUUID(), 1,
                LocalDate.of(2026, 9, 1), List.of(), List.of(new PlannedProvision.Item(UUID.randomUUID(), "F", "Occupational therapy",
                        "Occupational therapist", "weekly", "45 minutes",
                        new PlannedProvision.Amount(1, PlannedProvision.Per.WEEK, 45, 1, null, null), null, null, List.of()))),
                LocalDate.of(2026, 9, 1));
        String summary = "/cases/" + w.ownCase().value() + "/provision";
        assertThat(text(send(w.parent(), get(summary)))).contains("This half-term runs from 2 November 2026 to 18 December 2026.");

        String school = "/provision/term-dates/" + w.school().id().value() + "/2026";
        assertThat(submit(w.senco(), school, form("2026-11-02", "2026-11-06", "0")).getResponse().getStatus()).isEqualTo(302);
        assertThat(text(send(w.senco(), get("/provision/term-dates")))).contains("Set here");
        assertThat(text(send(w.parent(), get(summary)))).contains("This half-term runs from 9 November 2026 to 18 December 2026.")
                .contains("0 of 3 sessions happened this half-term.");

        assertThat(send(w.senco(), post(school + "/default").param("version", "1")).getResponse().getStatus()).isEqualTo(302);
        assertThat(store.find(w.school().id().value(), 2026)).isEmpty();
        assertThat(text(send(w.parent(), get(summary)))).contains("This half-term runs from 2 November 2026 to 18 December 2026.");
    }
}
